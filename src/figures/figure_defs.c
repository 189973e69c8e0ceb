#include "figures/figure_defs.h"

#include <stdio.h>
#include <string.h>

/* The definitions follow the data contract (sections 3 and 6) word for word in meaning;
 * "de periode" is the report's quarter or year, both ends included. */
static const wr_figure_def DEFS[] = {
    /* ---- 1 Gedaan ---- */
    {"afspraken", WR_DEEL_GEDAAN, "Afspraken uit het jaarplan", "afspraken",
     "Afspraken met jaar = het jaar waarin de periode eindigt. Per afspraak telt de regel met de laatste "
     "peildatum op of v\xC3\xB3\xC3\xB3r de laatste dag van de periode (bij gelijke peildatum de laatste regel in het "
     "bestand); geteld per status. Een afspraak zonder zo'n regel heeft status 'niet gerapporteerd'.",
     NULL, "afspraken.csv", "afspraak_id, jaar, peildatum, status", true},
    {"activiteiten", WR_DEEL_GEDAAN, "Groepsactiviteiten", "activiteiten",
     "Verschillende activiteiten (activiteit_id) met ten minste \xC3\xA9\xC3\xA9n bijeenkomst waarvan de datum in "
     "de periode ligt. Per thema en per wijk; een lege wijk telt als 'stadsbreed'. Een activiteit met "
     "bijeenkomsten in meer wijken telt in elk van die wijken. Met [jeugd] in de instellingen ook de activiteiten "
     "voor jongeren (dimensie doelgroep, code jeugd): een thema uit [jeugd] themas, of een naam met een woord uit "
     "[jeugd] namen.",
     NULL, "activiteiten.csv", "activiteit_id, datum, thema, wijk", false},
    {"bijeenkomsten", WR_DEEL_GEDAAN, "Bijeenkomsten van groepsactiviteiten", "bijeenkomsten",
     "Regels (bijeenkomsten) met een datum in de periode. Per thema en per wijk; een lege wijk telt als "
     "'stadsbreed'.",
     NULL, "activiteiten.csv", "datum, thema, wijk", true},
    {"deelnames", WR_DEEL_GEDAAN, "Deelnames aan groepsactiviteiten", "deelnames",
     "Som van deelnemers over de bijeenkomsten met een datum in de periode. Dit zijn deelnames, geen unieke "
     "inwoners: wie drie keer komt, telt drie keer. Per thema en per wijk.",
     NULL, "activiteiten.csv", "datum, deelnemers, thema, wijk", true},
    {"vrijwilligersinzet", WR_DEEL_GEDAAN, "Inzet van vrijwilligers", "vrijwilligersbeurten",
     "Som van vrijwilligers over de bijeenkomsten met een datum in de periode. Een bijeenkomst met een "
     "onleesbaar aantal vrijwilligers telt alleen hier niet mee. Per thema en per wijk.",
     NULL, "activiteiten.csv", "datum, vrijwilligers, thema, wijk", true},
    {"contacten", WR_DEEL_GEDAAN, "Contacten (kortdurende ondersteuning)", "contacten",
     "Som van aantal over de regels met een datum in de periode. Per kanaal, onderdeel en wijk; een lege wijk "
     "telt als 'stadsbreed'. Dit zijn contacten, geen unieke inwoners.",
     NULL, "contacten.csv", "datum, aantal, kanaal, onderdeel, wijk", true},
    {"eerste_contact_binnen_norm_pct", WR_DEEL_GEDAAN, "Eerste contact binnen de norm", "%",
     "Trajecten met aanmelddatum in de periode. Met eerste_contact: binnen de norm als het aantal werkdagen van "
     "aanmelddatum tot eerste_contact ten hoogste {werkdagen} is. Zonder eerste_contact: buiten de norm als "
     "er tot de laatste dag van de periode meer dan {werkdagen} werkdagen zijn verstreken, anders telt het "
     "traject niet mee (nog niet te beoordelen). Percentage = binnen / (binnen + buiten) \xC3\x97 100. Ook per "
     "onderdeel en per wijk, met dezelfde regels binnen elke groep; 'onbekend' alleen als er trajecten meetellen. "
     "Het doel staat in de instellingen (eerste_contact_doel_pct, standaard 100%).",
     "trajecten binnen plus buiten de norm", "trajecten.csv", "aanmelddatum, eerste_contact, onderdeel, wijk", false},
    {"eerste_contact_buiten_norm", WR_DEEL_GEDAAN, "Eerste contact buiten de norm", "trajecten",
     "De trajecten die bij Eerste contact binnen de norm als 'buiten de norm' tellen: aangemeld in de periode "
     "en geen contact binnen {werkdagen} werkdagen (of zonder eerste contact al meer dan {werkdagen} werkdagen "
     "gewacht op de laatste dag van de periode). Totaal, per onderdeel en per wijk.",
     NULL, "trajecten.csv", "aanmelddatum, eerste_contact, onderdeel, wijk", true},
    {"eerste_contact_mediaan_werkdagen", WR_DEEL_GEDAAN, "Werkdagen tot eerste contact (mediaan)", "werkdagen",
     "Mediaan van het aantal werkdagen van aanmelddatum tot eerste_contact, over de trajecten met aanmelddatum "
     "in de periode en een ingevuld eerste contact. Bij een even aantal het gemiddelde van de twee middelste "
     "waarden.",
     "trajecten met een eerste contact", "trajecten.csv", "aanmelddatum, eerste_contact", false},
    {"start_binnen_norm_pct", WR_DEEL_GEDAAN, "Start binnen de norm", "%",
     "Trajecten met aanmelddatum in de periode. Met startdatum: binnen de norm als startdatum min aanmelddatum "
     "ten hoogste {startdagen} dagen is. Zonder startdatum: telt niet mee als er een einddatum is; buiten de "
     "norm als de laatste dag van de periode meer dan {startdagen} dagen na de aanmelddatum ligt; anders telt "
     "het niet mee. Percentage = binnen / (binnen + buiten) \xC3\x97 100. Ook per onderdeel en per wijk; het "
     "doel staat in de instellingen (start_doel_pct, standaard 100%).",
     "trajecten binnen plus buiten de norm", "trajecten.csv", "aanmelddatum, startdatum, einddatum, onderdeel, wijk",
     false},
    {"start_buiten_norm", WR_DEEL_GEDAAN, "Start buiten de norm", "trajecten",
     "De trajecten die bij Start binnen de norm als 'buiten de norm' tellen: aangemeld in de periode en later dan "
     "{startdagen} dagen na de aanmelding gestart, of zonder startdatum en einddatum op de laatste dag van de "
     "periode al meer dan {startdagen} dagen aangemeld. Totaal, per onderdeel en per wijk.",
     NULL, "trajecten.csv", "aanmelddatum, startdatum, einddatum, onderdeel, wijk", true},
    {"klachten_ontvangen", WR_DEEL_GEDAAN, "Ontvangen klachten", "klachten",
     "Klachten met een ontvangstdatum in de periode, per aard.",
     NULL, "klachten.csv", "klacht_id, ontvangen, aard", true},
    {"klachten_afgehandeld", WR_DEEL_GEDAAN, "Afgehandelde klachten", "klachten",
     "Klachten met een afhandeldatum in de periode, per uitkomst; zonder uitkomst telt als 'onbekend'.",
     NULL, "klachten.csv", "klacht_id, afgehandeld, uitkomst", true},
    {"klachten_binnen_termijn_pct", WR_DEEL_GEDAAN, "Klachten afgehandeld binnen de termijn", "%",
     "Van de klachten met een afhandeldatum in de periode: het percentage waarbij afgehandeld min ontvangen ten "
     "hoogste {klachttermijn} dagen is.",
     "klachten afgehandeld in de periode", "klachten.csv", "ontvangen, afgehandeld", false},
    {"klachten_open", WR_DEEL_GEDAAN, "Openstaande klachten", "klachten",
     "Klachten ontvangen op of v\xC3\xB3\xC3\xB3r de laatste dag van de periode die op die dag nog niet waren "
     "afgehandeld (afgehandeld leeg of later).",
     NULL, "klachten.csv", "ontvangen, afgehandeld", false},
    /* ---- 2 Bereikt ---- */
    {"bereik", WR_DEEL_BEREIKT, "Bereik", "inwoners",
     "Unieke inwoners met een traject dat in de periode liep: startdatum op of v\xC3\xB3\xC3\xB3r de laatste dag "
     "van de periode, en einddatum leeg of op of na de eerste dag. Per onderdeel, wijk en leeftijdsgroep, en "
     "voor de leeftijdsgroep 0-17 per onderdeel (dimensie leeftijdsgroep+onderdeel).",
     NULL, "trajecten.csv", "inwoner_id, startdatum, einddatum, onderdeel, wijk, geboortejaar", false},
    {"bereik_per_1000", WR_DEEL_BEREIKT, "Bereik per 1.000 inwoners", "per 1.000 inwoners",
     "Het bereik in een wijk gedeeld door het aantal inwoners van die wijk uit de instellingen ([inwoners]), "
     "maal 1.000, op \xC3\xA9\xC3\xA9n decimaal. Per wijk met een aantal inwoners, en als totaal: de unieke "
     "inwoners die in een van die wijken bereikt zijn, gedeeld door hun inwoners samen, maal 1.000.",
     "het aantal inwoners van de wijk (of van de wijken samen)", "trajecten.csv en de instellingen",
     "inwoner_id, startdatum, einddatum, wijk; [inwoners]", false},
    {"instroom", WR_DEEL_BEREIKT, "Instroom", "inwoners",
     "Unieke inwoners met een traject waarvan de startdatum in de periode ligt. Per onderdeel, reden van "
     "instroom, leefgebied, wijk en leeftijdsgroep, en voor de leeftijdsgroep 0-17 per onderdeel en per reden "
     "van instroom (leeftijdsgroep+onderdeel, leeftijdsgroep+reden_instroom). Voor de wijkfactsheets ook per wijk "
     "naar reden van instroom en naar leefgebied (wijk+reden_instroom, wijk+leefgebied). Een traject zonder "
     "leefgebieden telt in geen enkel leefgebied.",
     NULL, "trajecten.csv", "inwoner_id, startdatum, onderdeel, reden_instroom, leefgebieden, wijk", false},
    {"uitstroom", WR_DEEL_BEREIKT, "Uitstroom", "inwoners",
     "Unieke inwoners met een gestart traject waarvan de einddatum in de periode ligt. Per reden van uitstroom "
     "(leeg telt als 'onbekend') en onderdeel.",
     NULL, "trajecten.csv", "inwoner_id, startdatum, einddatum, reden_uitstroom, onderdeel", false},
    {"wachtend_trajecten", WR_DEEL_BEREIKT, "Wachtende trajecten", "trajecten",
     "Trajecten op de laatste dag van de periode: aanmelddatum op of v\xC3\xB3\xC3\xB3r die dag, startdatum leeg "
     "of later, einddatum leeg of later. Per onderdeel, per wijk en per wachttijd: de dagen van de aanmelddatum "
     "tot de laatste dag van de periode, in de groepen 0-14, 15-28, 29-56 en 57+.",
     NULL, "trajecten.csv", "aanmelddatum, startdatum, einddatum, onderdeel, wijk", true},
    {"wachtend_inwoners", WR_DEEL_BEREIKT, "Wachtende inwoners", "inwoners",
     "Unieke inwoners met een wachtend traject (zie Wachtende trajecten).",
     NULL, "trajecten.csv", "inwoner_id, aanmelddatum, startdatum, einddatum", false},
    {"wachttijd_mediaan_dagen", WR_DEEL_BEREIKT, "Wachttijd (mediaan)", "dagen",
     "Mediaan van de wachttijd van de wachtende trajecten: de dagen van de aanmelddatum tot de laatste dag van "
     "de periode. Bij een even aantal het gemiddelde van de twee middelste waarden.",
     "wachtende trajecten", "trajecten.csv", "aanmelddatum, startdatum, einddatum", false},
    /* ---- 3 Effect ---- */
    {"doelrealisatie_pct", WR_DEEL_EFFECT, "Doelrealisatie", "%",
     "Gestarte trajecten met einddatum in de periode en een ingevulde doelrealisatie: het percentage per "
     "waarde (geheel, gedeeltelijk, niet; een andere waarde telt als 'onbekend').",
     "gestarte trajecten met einddatum in de periode en ingevulde doelrealisatie", "trajecten.csv",
     "startdatum, einddatum, doelrealisatie", false},
    {"uitval_pct", WR_DEEL_EFFECT, "Uitval", "%",
     "Gestarte trajecten met einddatum in de periode en een ingevulde reden van uitstroom: het percentage "
     "waarvan de reden als uitval geldt ({uitval}).",
     "gestarte trajecten met einddatum in de periode en ingevulde reden van uitstroom", "trajecten.csv",
     "startdatum, einddatum, reden_uitstroom", false},
    {"herhaald_beroep_pct", WR_DEEL_EFFECT, "Herhaald beroep", "%",
     "Gestarte trajecten be\xC3\xABindigd met een reden volgens plan ({volgens_plan}) en een einddatum van "
     "{herhaaltermijn} dagen v\xC3\xB3\xC3\xB3r de eerste tot {herhaaltermijn} dagen v\xC3\xB3\xC3\xB3r de laatste dag "
     "van de periode: het percentage waarvan dezelfde inwoner een ander traject heeft met een aanmelddatum na "
     "de einddatum en ten hoogste {herhaaltermijn} dagen erna.",
     "trajecten afgerond volgens plan in het venster", "trajecten.csv",
     "inwoner_id, aanmelddatum, startdatum, einddatum, reden_uitstroom", false},
    {"zrm_paren", WR_DEEL_EFFECT, "ZRM: paren met begin- en eindmeting", "paren",
     "Voor gestarte trajecten met einddatum in de periode: de paren (traject, leefgebied) met een begin- en "
     "een eindscore. Begin = de vroegste beginmeting (bij gelijke datum de eerste regel in het bestand), eind = "
     "de laatste eindmeting (bij gelijke datum de laatste regel). Scores van een afgewezen traject tellen nooit. "
     "Per leefgebied en totaal.",
     NULL, "uitkomsten.csv, trajecten.csv", "traject_id, leefgebied, meetmoment, datum, score; einddatum", true},
    {"zrm_verschil_gem", WR_DEEL_EFFECT, "ZRM: gemiddelde verandering", "punten",
     "Gemiddelde van eindscore min beginscore over de ZRM-paren (schaal 1-5). Per leefgebied en totaal.",
     "ZRM-paren", "uitkomsten.csv, trajecten.csv", "traject_id, leefgebied, meetmoment, datum, score", false},
    {"zrm_verbeterd_pct", WR_DEEL_EFFECT, "ZRM: verbeterd", "%",
     "Percentage van de ZRM-paren met een eindscore hoger dan de beginscore. Per leefgebied en totaal.",
     "ZRM-paren", "uitkomsten.csv, trajecten.csv", "traject_id, leefgebied, meetmoment, datum, score", false},
    {"zrm_dekking_pct", WR_DEEL_EFFECT, "ZRM: afgesloten trajecten met een meting", "%",
     "Van de gestarte trajecten met einddatum in de periode: het percentage met ten minste \xC3\xA9\xC3\xA9n "
     "ZRM-paar (een begin- en een eindscore op hetzelfde leefgebied, ook een onbekend leefgebied). Zegt hoe "
     "ver de ZRM-cijfers reiken.",
     "gestarte trajecten met einddatum in de periode", "uitkomsten.csv, trajecten.csv",
     "traject_id, leefgebied, meetmoment; startdatum, einddatum", false},
    {"ervaring_eens_pct", WR_DEEL_EFFECT, "Cli\xC3\xABntervaring: (helemaal) eens", "%",
     "Antwoorden met een datum in de periode, per vraag (zonder het rapportcijfer): het percentage met score "
     "4 of 5 (eens of helemaal eens).",
     "antwoorden op de vraag", "ervaringen.csv", "datum, vraag, score", false},
    {"rapportcijfer_gem", WR_DEEL_EFFECT, "Rapportcijfer (gemiddeld)", "cijfer 1-10",
     "Gemiddelde score van de antwoorden op de vraag 'rapportcijfer' met een datum in de periode.",
     "antwoorden", "ervaringen.csv", "datum, vraag, score", false},
    {"respons_pct", WR_DEEL_EFFECT, "Respons ten opzichte van afgesloten trajecten", "%",
     "Verschillende respons_id met een geldig antwoord (een antwoord dat in de ervaringscijfers meetelt) met een "
     "datum in de periode, als percentage van de gestarte trajecten met einddatum in de periode. Kan boven 100 "
     "uitkomen: ook wie nog ondersteuning krijgt, kan de vragenlijst invullen.",
     "gestarte trajecten met einddatum in de periode", "ervaringen.csv, trajecten.csv",
     "respons_id, datum, vraag, score; startdatum, einddatum", false},
    /* ---- 4 Impact ---- */
    {"indicator_waarde", WR_DEEL_IMPACT, "Beleidsindicator", "zoals aangeleverd",
     "Per indicator en gebied de laatste waarde met een jaar tot en met het jaar waarin de periode eindigt "
     "(bij meer regels voor dat jaar de laatste in het bestand), zoals aangeleverd. Code: de indicator voor "
     "de gemeente, 'indicator:wijk' voor een wijk.",
     NULL, "indicatoren.csv", "indicator, gebied, jaar, waarde, eenheid", false},
    /* ---- Financien ---- */
    {"begroting", WR_DEEL_FINANCIEN, "Begroting (jaar)", "euro",
     "Jaarbegroting per post: de waarde op de regel van het laatste kwartaal tot en met het kwartaal van de "
     "periode, in het jaar waarin de periode eindigt (bij gelijke kwartalen de laatste regel). Latere "
     "kwartalen veranderen een eerder rapport niet. Totaal = som van de posten.",
     NULL, "financien.csv", "jaar, kwartaal, post, begroting", true},
    {"realisatie", WR_DEEL_FINANCIEN, "Realisatie tot en met de periode", "euro",
     "Som van realisatie per post over de kwartalen 1 tot en met het kwartaal van de periode, in het jaar "
     "waarin de periode eindigt. Totaal = som van de posten.",
     NULL, "financien.csv", "jaar, kwartaal, post, realisatie", true},
    {"besteed_pct", WR_DEEL_FINANCIEN, "Besteed", "%",
     "Realisatie tot en met de periode gedeeld door de begroting, \xC3\x97 100 (kan boven 100 uitkomen).",
     "begroting in hele euro's", "financien.csv", "jaar, kwartaal, post, begroting, realisatie", false},
    {"prognose", WR_DEEL_FINANCIEN, "Prognose (eindejaarsverwachting)", "euro",
     "Verwachte realisatie van het hele jaar per post; q is het laatste kwartaal van de periode. De eerste "
     "methode die past: (1) q = 4: de realisatie van het jaar; (2) de kolom prognose op de regel van de post "
     "in kwartaal q (bij meer regels de laatste met een waarde; een waarde in een eerder kwartaal telt niet, "
     "een onleesbare waarde is een melding en telt niet); (3) als het vorige jaar voor de post alle vier "
     "kwartalen heeft en de realisatie daarvan in kwartaal 1 tot en met q boven nul is: realisatie tot en met "
     "q \xC3\x97 realisatie vorig jaar / realisatie vorig jaar tot en met q; (4) realisatie tot en met q "
     "\xC3\x97 4 / q. Exact berekend en afgerond op centen (half van nul af). Totaal = som van de afgeronde "
     "prognoses van de posten.",
     NULL, "financien.csv", "jaar, kwartaal, post, realisatie, prognose", true},
    {"prognose_besteed_pct", WR_DEEL_FINANCIEN, "Prognose als deel van de begroting", "%",
     "Prognose gedeeld door de begroting, \xC3\x97 100, met de afgeronde bedragen (kan boven 100 uitkomen: een "
     "verwachte overschrijding).",
     "begroting in hele euro's", "financien.csv", "jaar, kwartaal, post, begroting, realisatie, prognose", false},
    {"oormerk_nog_nodig", WR_DEEL_FINANCIEN, "Oormerk: nog te besteden om het minimum te halen", "euro",
     "Per oormerk met een minimale realisatie in de instellingen: het minimum min de realisatie in kwartaal 1 "
     "tot en met q van de regels met dat oormerk, en 0 als het minimum al is gehaald. Geen totaal.",
     NULL, "financien.csv", "jaar, kwartaal, oormerk, realisatie", false},
    {"resultaat_prognose_pct", WR_DEEL_FINANCIEN, "Verwacht resultaat", "%",
     "(Totale begroting min totale prognose) / totale begroting \xC3\x97 100: het resultaat dat aan het eind van "
     "het jaar wordt verwacht, getoetst aan de grens voor de winst uit de instellingen (winst_maximaal_pct, een percentage van de begroting). Onder nul is een "
     "verwachte overschrijding. Zolang het jaar loopt, is dit een verwachting, geen winst.",
     "totale begroting in hele euro's", "financien.csv", "jaar, kwartaal, post, begroting, realisatie, prognose",
     false},
};

const wr_figure_def *wr_figure_defs(size_t *count)
{
    *count = sizeof DEFS / sizeof DEFS[0];
    return DEFS;
}

const wr_figure_def *wr_figure_def_find(const char *code)
{
    for (size_t i = 0; i < sizeof DEFS / sizeof DEFS[0]; i++)
        if (strcmp(DEFS[i].code, code) == 0)
            return &DEFS[i];
    return NULL;
}

const char *wr_figure_name(const char *code)
{
    const wr_figure_def *def = wr_figure_def_find(code);
    return def ? def->name : code;
}

static const struct {
    const char *code, *title;
} DIMENSIONS[] = {
    {"totaal", "Totaal"}, {"onderdeel", "Onderdeel"}, {"wijk", "Wijk"}, {"leeftijdsgroep", "Leeftijdsgroep"},
    {"reden_instroom", "Reden van instroom"}, {"leefgebied", "Leefgebied"},
    {"reden_uitstroom", "Reden van uitstroom"}, {"kanaal", "Kanaal"}, {"thema", "Thema"}, {"status", "Status"},
    {"aard", "Aard van de klacht"}, {"uitkomst", "Uitkomst van de klacht"}, {"vraag", "Vraag"},
    {"indicator", "Indicator"}, {"post", "Begrotingspost"}, {"doelrealisatie", "Doelrealisatie"},
};

const char *wr_dimension_title(const char *dimension)
{
    for (size_t i = 0; i < sizeof DIMENSIONS / sizeof DIMENSIONS[0]; i++)
        if (strcmp(DIMENSIONS[i].code, dimension) == 0)
            return DIMENSIONS[i].title;
    return dimension;
}

const char *wr_deel_title(wr_deel deel)
{
    static const char *const titles[] = {"Gedaan", "Bereikt", "Effect", "Impact", "Financi\xC3\xABn"};
    return (unsigned)deel < sizeof titles / sizeof titles[0] ? titles[deel] : "?";
}

const char *wr_deel_question(wr_deel deel)
{
    static const char *const questions[] = {
        "Deel 1 \xE2\x80\x93 Gedaan: hebben we gedaan wat we hebben afgesproken?",
        "Deel 2 \xE2\x80\x93 Bereikt: welke inwoners hebben we bereikt?",
        "Deel 3 \xE2\x80\x93 Effect: wat heeft de ondersteuning inwoners opgeleverd?",
        "Deel 4 \xE2\x80\x93 Impact: wat zien we terug in de wijk en de stad?",
        "Financi\xC3\xABn: begroting, realisatie en eindejaarsverwachting",
    };
    return (unsigned)deel < sizeof questions / sizeof questions[0] ? questions[deel] : "?";
}

static const char *const RULES[] = {
    "Een periode is een kwartaal (2026-Q3: 1 juli tot en met 30 september 2026) of een jaar; de eerste en de "
    "laatste dag tellen mee.",
    "Elk aantal inwoners is een aantal unieke inwoners. In een uitsplitsing telt een inwoner in elke groep "
    "waarin hij voorkomt, dus de groepen kunnen samen meer zijn dan het totaal. Aantallen trajecten, "
    "klachten, contacten, deelnames en euro's tellen wel op.",
    "Werkdagen van a tot b: de dagen na a tot en met b van maandag tot en met vrijdag, zonder feestdagen "
    "(1 januari, tweede paasdag, Koningsdag, Hemelvaartsdag, tweede pinksterdag, 25 en 26 december, 5 mei in "
    "lustrumjaren) en zonder de extra vrije dagen uit de instellingen.",
    "Leeftijdsgroep: het jaar waarin de periode eindigt min het geboortejaar (0-17, 18-26, 27-64, 65+); leeg "
    "of onleesbaar is 'onbekend'. Een code die niet in de instellingen staat, telt als 'onbekend'.",
    "Percentages hebben \xC3\xA9\xC3\xA9n decimaal, gemiddelden en medianen twee, afgerond met 'half van nul af' "
    "(6,25 wordt 6,3). Een percentage met noemer 0 heeft geen waarde.",
    "In openbare stukken staat een aantal inwoners, trajecten of klachten van 1 tot {drempel} als "
    "'<{drempel}' (ook het aantal naast een percentage) en ontbreekt een percentage of gemiddelde met een "
    "noemer onder {noemer}. Een cijfer waaruit met andere gepubliceerde cijfers zo'n klein aantal terug te "
    "rekenen is, staat er als 'x'. Deze bijlage en cijfers.csv tonen exacte waarden en zijn dan niet "
    "openbaar, tenzij de instellingen om dezelfde onderdrukking vragen.",
    "Een regel met een ontbrekend of onleesbaar verplicht veld of een onmogelijke volgorde van datums telt "
    "in geen enkel cijfer mee; een onleesbaar optioneel veld haalt de regel alleen uit de cijfers die dat veld "
    "nodig hebben. Elke melding staat op het tabblad Datakwaliteit.",
    NULL,
};

const char *const *wr_figure_general_rules(void)
{
    return RULES;
}

/* Labels of the reden_uitstroom codes in list, joined with ", ". */
static void reason_labels(const wr_config *cfg, const wr_code_list *list, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < list->count && used < size; i++) {
        int k = wr_code_list_find(&cfg->reasons_out, list->items[i].code);
        const char *label = k >= 0 ? cfg->reasons_out.items[k].label : list->items[i].code;
        int n = snprintf(buf + used, size - used, "%s'%s'", i ? ", " : "", label);
        used += n > 0 ? (size_t)n : 0;
    }
}

char *wr_figure_fill(const char *text, const wr_config *cfg, char *buf, size_t size)
{
    char dropout[256], planned[256], number[32];
    reason_labels(cfg, &cfg->dropout_reasons, dropout, sizeof dropout);
    reason_labels(cfg, &cfg->planned_reasons, planned, sizeof planned);
    size_t used = 0;
    const char *s = text;
    while (*s && used + 1 < size) {
        const char *value = NULL;
        const char *end = *s == '{' ? strchr(s, '}') : NULL;
        if (end) {
            size_t len = (size_t)(end - s + 1);
            int n = -1;
            if (len == 11 && strncmp(s, "{werkdagen}", len) == 0) n = cfg->norm_first_contact_working_days;
            else if (len == 12 && strncmp(s, "{startdagen}", len) == 0) n = cfg->norm_start_days;
            else if (len == 15 && strncmp(s, "{klachttermijn}", len) == 0) n = cfg->complaint_term_days;
            else if (len == 16 && strncmp(s, "{herhaaltermijn}", len) == 0) n = cfg->repeat_window_days;
            else if (len == 9 && strncmp(s, "{drempel}", len) == 0) n = cfg->privacy_threshold;
            else if (len == 8 && strncmp(s, "{noemer}", len) == 0) n = cfg->privacy_min_denominator;
            else if (len == 8 && strncmp(s, "{uitval}", len) == 0) value = dropout;
            else if (len == 14 && strncmp(s, "{volgens_plan}", len) == 0) value = planned;
            if (n >= 0) {
                snprintf(number, sizeof number, "%d", n);
                value = number;
            }
            if (value) {
                int w = snprintf(buf + used, size - used, "%s", value);
                used += w > 0 ? (size_t)w : 0;
                if (used >= size)
                    used = size - 1;
                s = end + 1;
                continue;
            }
        }
        buf[used++] = *s++;
    }
    buf[used] = '\0';
    return buf;
}

char *wr_figure_def_text(const wr_figure_def *def, const wr_config *cfg, char *buf, size_t size)
{
    return wr_figure_fill(def->definition, cfg, buf, size);
}
