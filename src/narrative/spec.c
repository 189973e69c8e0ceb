#include "narrative/spec.h"

#include <string.h>

/* A file-scope compound literal has static storage, so each entry can list its own
 * questions inline and still count them at compile time. */
#define QUESTIONS(...) \
    .questions = (const char *const[]){__VA_ARGS__}, \
    .question_count = sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *)

/* Names and titles of the quarter texts are the ones narrative.c has always used, so
 * existing folders and messages stay the same. */
static const wr_narrative_spec quarter_specs[] = {
    {.name = "inleiding",
     .title = "inleiding",
     .heading = "Inleiding",
     .about = "Een korte opening: over welke maanden gaat het, wat viel op en hoe leest u de rapportage?",
     QUESTIONS("Wat was het belangrijkste dat dit kwartaal gebeurde, voor inwoners en voor ons werk?",
               "Wat valt op in de cijfers als we ze vergelijken met het vorige kwartaal, en wat is in het kort "
               "de reden?",
               "Waar komen de cijfers vandaan, en welke gegevens ontbreken of zijn nog niet compleet?",
               "Wat wil de lezer als eerste weten, en waar in de rapportage vindt hij dat?")},
    {.name = "gedaan",
     .title = "tekst bij deel 1, gedaan",
     .heading = "Deel 1: wat we hebben gedaan",
     .about = "De toelichting bij de tabellen over de afspraken uit het jaarplan, de activiteiten, de "
              "contacten, de normen en de klachten.",
     QUESTIONS("Welke afspraken uit het jaarplan liggen op schema, welke zijn klaar en welke lopen vertraging "
               "op? Waardoor komt die vertraging?",
               "Wat laten de aantallen activiteiten, bijeenkomsten en contacten zien ten opzichte van het "
               "vorige kwartaal, en hoe verklaren we de verschillen?",
               "Hoe vaak spraken we inwoners binnen 5 werkdagen en startte de ondersteuning binnen 4 weken? "
               "Wat deden we als dat niet lukte?",
               "Hoeveel klachten kwamen er binnen, waarover gingen ze en wat hebben we ermee gedaan?",
               "Wat gaan we het komende kwartaal anders doen?")},
    {.name = "bereikt",
     .title = "tekst bij deel 2, bereikt",
     .heading = "Deel 2: welke inwoners we hebben bereikt",
     .about = "De toelichting bij de tabellen over het bereik: trajecten, instroom en uitstroom, wijken, "
              "leeftijden, vragen en wachtenden.",
     QUESTIONS("Hoeveel inwoners hadden een lopend traject, en hoeveel trajecten startten en stopten? Is dat "
               "meer of minder dan het vorige kwartaal, en waardoor?",
               "In welke wijken en leeftijdsgroepen bereiken we veel of juist weinig inwoners? Past dat bij "
               "wat we van die wijken weten?",
               "Met welke vragen en op welke leefgebieden kwamen inwoners bij ons? Wat valt op?",
               "Hoeveel inwoners wachten op de start van hun ondersteuning, en wat doen we voor hen zolang ze "
               "wachten?",
               "Welke groepen bereiken we nog niet goed, en hoe willen we die beter bereiken?")},
    {.name = "effect",
     .title = "tekst bij deel 3, effect",
     .heading = "Deel 3: wat de ondersteuning inwoners opleverde",
     .about = "De toelichting bij de tabellen over het effect: bereikte doelen, zelfredzaamheid en wat "
              "inwoners zelf van de ondersteuning vinden.",
     QUESTIONS("Bij hoeveel inwoners die stopten, zijn de doelen helemaal, voor een deel of niet bereikt? "
               "Wat zijn de belangrijkste redenen om te stoppen?",
               "Hoe veranderde de zelfredzaamheid (Zelfredzaamheid-Matrix) tussen begin en eind? Op welke "
               "leefgebieden ging het vooruit, en waar niet?",
               "Wat zeggen inwoners in de vragenlijst over de hulp en over hoe ze zich nu redden? Hoeveel "
               "inwoners vulden de vragenlijst in?",
               "Hoe verklaren we deze uitkomsten, en wat vinden we ervan: wat gaat goed en wat moet beter?",
               "Welk voorbeeld uit de praktijk laat zien wat achter deze cijfers zit?")},
    {.name = "impact",
     .title = "tekst bij deel 4, impact",
     .heading = "Deel 4: impact in stad en wijk",
     .about = "De toelichting bij de beleidsindicatoren van de gemeente: waar staat de stad, en wat is "
              "onze rol daarin?",
     QUESTIONS("Hoe ontwikkelen de beleidsindicatoren zich (zoals schulden, eenzaamheid, mantelzorg, "
               "vrijwilligerswerk en jeugdoverlast) ten opzichte van de streefwaarden?",
               "In welke wijken is het beeld beter of slechter dan in de rest van de stad?",
               "Herkennen we dit beeld in ons werk? Wat is onze bijdrage, en wat speelt er verder mee, zoals "
               "de economie, huur- en energieprijzen of landelijke regels?",
               "Wat betekent dit voor ons werk in de komende tijd, en wat vraagt het van de gemeente en van "
               "partners?")},
    {.name = "lessen",
     .title = "wat we leren (herkennen, verklaren, waarderen, verbeteren)",
     .heading = "Wat we leren",
     .about = "Eén thema van dit kwartaal, uitgewerkt in de vier stappen van het Kwaliteitskompas: "
              "herkennen, verklaren, waarderen en verbeteren.",
     QUESTIONS("Herkennen: welk thema kiezen we, en wat laten de cijfers en de verhalen daarover zien?",
               "Verklaren: hoe komt dit? Welke oorzaken liggen bij ons eigen werk, en welke daarbuiten?",
               "Waarderen: wat vinden we ervan, samen met inwoners, medewerkers en de gemeente? Wat gaat goed "
               "en wat moet beter?",
               "Verbeteren: wat gaan we concreet anders doen, wie doet het en wanneer?",
               "Wat hebben de verbeteringen uit eerdere kwartalen opgeleverd?")},
    {.name = "verhalen",
     .title = "verhalen van inwoners",
     .heading = "Verhalen van inwoners",
     .about = "Een paar korte verhalen van inwoners, in hun eigen woorden, die laten zien wat achter de "
              "cijfers zit.",
     QUESTIONS("Welk verhaal laat zien wat de ondersteuning voor een inwoner heeft betekend?",
               "Heeft de inwoner toestemming gegeven? Hebben we naam, adres, leeftijd en andere details "
               "weggelaten of veranderd, zodat niemand de inwoner herkent?",
               "Bij welk deel van de rapportage past het verhaal (gedaan, bereikt, effect of impact), en welk "
               "cijfer maakt het duidelijker?",
               "Is er ook een verhaal waarin het niet goed ging, en wat hebben we daarvan geleerd?")},
};

/* The annual report adds the parts the municipality asks for once a year: a summary in
 * four lines, quality, complaints and objections, the effect research, the city and
 * district tasks (opgaven) and the finances. */
static const wr_narrative_spec year_specs[] = {
    {.name = "samenvatting",
     .title = "samenvatting in vier regels (gedaan, bereikt, effect, impact)",
     .heading = "In het kort",
     .about = "Vier regels, één per deel, voor wie weinig tijd heeft.",
     QUESTIONS("Gedaan: hebben we gedaan wat we met de gemeente hadden afgesproken? Wat is het belangrijkste, "
               "in één zin?",
               "Bereikt: hoeveel inwoners hebben we bereikt, en wie vooral?",
               "Effect: wat heeft de ondersteuning inwoners opgeleverd, volgens de cijfers en volgens henzelf?",
               "Impact: wat zien we in stad en wijk, en wat leren we daarvan?",
               "Begrijpt iemand die alleen deze vier regels leest, wat het belangrijkste van dit jaar is?")},
    {.name = "inleiding",
     .title = "inleiding",
     .heading = "Inleiding",
     .about = "Een korte opening: wat voor jaar was het, en hoe leest u het jaarverslag?",
     QUESTIONS("Wat was het belangrijkste van dit jaar, voor inwoners, voor de wijken en voor onze "
               "organisatie?",
               "Welke ontwikkelingen buiten ons werk speelden mee, zoals geldzorgen, woningnood of tekort aan "
               "personeel?",
               "Welke afspraken uit het jaarplan en welke prioriteiten van de gemeente stonden centraal?",
               "Waar komen de cijfers vandaan, en welke gegevens ontbreken of zijn niet compleet?")},
    {.name = "gedaan",
     .title = "tekst bij deel 1, gedaan",
     .heading = "Deel 1: wat we hebben gedaan",
     .about = "De toelichting bij de tabellen over het hele jaar: de afspraken uit het jaarplan, de "
              "activiteiten, de contacten en de normen.",
     QUESTIONS("Welke afspraken uit het jaarplan zijn gerealiseerd, welke lopen nog en welke niet? Waarom "
               "niet, en wat is het plan?",
               "Hoe ontwikkelden de activiteiten, contacten en deelnames zich door het jaar heen? Welk kwartaal "
               "valt op, en waarom?",
               "Hoe vaak haalden we de normen: binnen 5 werkdagen een eerste contact en binnen 4 weken "
               "ondersteuning? Hoe verklaren we het verschil met vorig jaar?",
               "Wat hebben we gedaan met de onderdelen waarvoor geld apart is gezet, zoals de steun aan "
               "vrijwilligersorganisaties zonder personeel en het jongerenwerk?",
               "Wat gaan we volgend jaar anders doen?")},
    {.name = "kwaliteit",
     .title = "kwaliteit (werken vanuit de leefwereld van de inwoner, de kracht van de wijk benutten, "
              "één samenhangende aanpak)",
     .heading = "Kwaliteit van ons werk",
     .about = "Hoe we dit jaar werkten volgens de drie uitgangspunten van Gewoon in de Wijk: vanuit de "
              "leefwereld van de inwoner, met de kracht van de wijk en in één samenhangende aanpak.",
     QUESTIONS("Leefwereld van de inwoner: hoe zorgen we dat de vraag van de inwoner het startpunt is, en "
               "niet ons aanbod? Welk voorbeeld laat dat zien?",
               "Kracht van de wijk: hoe hebben we vrijwilligers, buren, inwonersinitiatieven en plekken in de "
               "wijk ingezet? Wat leverde dat op?",
               "Eén samenhangende aanpak: waar werkten sociale basis, sociaal wijkteam en aanvullende "
               "ondersteuning goed samen zonder schotten, en waar nog niet?",
               "Wat laten de cijfers en de ervaringen van inwoners, medewerkers en partners zien over deze drie "
               "uitgangspunten?",
               "Hoe leren onze medewerkers, bijvoorbeeld door scholing, reflectie en het bespreken van "
               "casussen?",
               "Wat gaan we verbeteren, en hoe zien we volgend jaar of dat gelukt is?")},
    {.name = "klachten",
     .title = "klachten en bezwaren, en wat we ervan leren",
     .heading = "Klachten en bezwaren",
     .about = "Welke klachten en bezwaren er dit jaar waren, hoe we ze hebben opgepakt en wat we ervan "
              "leren.",
     QUESTIONS("Hoeveel klachten kwamen er dit jaar binnen, en waarover gingen ze (bijvoorbeeld bejegening, "
               "communicatie of bereikbaarheid)?",
               "Hoe snel hebben we ze afgehandeld? Hoeveel waren terecht, en hoeveel hebben we samen met de "
               "inwoner opgelost?",
               "Hoeveel bezwaren waren er, en waarover gingen die?",
               "Welke patronen zien we in de klachten en bezwaren, en hoe verklaren we die?",
               "Wat hebben we geleerd, en wat hebben we daardoor veranderd in ons werk?")},
    {.name = "bereikt",
     .title = "tekst bij deel 2, bereikt",
     .heading = "Deel 2: welke inwoners we hebben bereikt",
     .about = "De toelichting bij de tabellen over het bereik in het hele jaar: trajecten, instroom en "
              "uitstroom, wijken, leeftijden, vragen en wachtenden.",
     QUESTIONS("Hoeveel verschillende inwoners hebben we dit jaar bereikt, en hoeveel trajecten startten en "
               "stopten? Hoe verhoudt dat zich tot vorig jaar?",
               "In welke wijken en leeftijdsgroepen bereikten we veel of juist weinig inwoners, als we kijken "
               "naar het aantal inwoners en de opgaven in die wijk?",
               "Met welke vragen en op welke leefgebieden kwamen inwoners bij ons? Wat veranderde er in de loop "
               "van het jaar?",
               "Hoe ontwikkelde het aantal wachtenden zich, en wat deden we voor inwoners die wachtten?",
               "Welke groepen bereikten we nog niet goed, en wat doen we daaraan?")},
    {.name = "effect",
     .title = "tekst bij deel 3, effect",
     .heading = "Deel 3: wat de ondersteuning inwoners opleverde",
     .about = "De toelichting bij de tabellen over het effect in het hele jaar: bereikte doelen, "
              "zelfredzaamheid en de ervaringen van inwoners.",
     QUESTIONS("Bij hoeveel inwoners waren de doelen aan het eind helemaal, voor een deel of niet bereikt? "
               "Wat is er veranderd ten opzichte van vorig jaar?",
               "Op welke leefgebieden ging de zelfredzaamheid vooruit, bleef ze gelijk of ging ze achteruit? "
               "Hoe verklaren we dat?",
               "Wat zeggen inwoners over de ondersteuning: voelden ze zich gehoord, en redden ze zich nu beter? "
               "Hoeveel inwoners vulden de vragenlijst in?",
               "Wat vinden we van deze uitkomsten, en wat moet beter?",
               "Welk voorbeeld laat zien wat achter de cijfers zit?")},
    {.name = "effectonderzoek",
     .title = "het kwalitatieve effectonderzoek met Hogeschool Inholland",
     .heading = "Effectonderzoek met Hogeschool Inholland",
     .about = "Wat het kwalitatieve effectonderzoek van Buurts, Hogeschool Inholland en de gemeente dit "
              "jaar heeft laten zien: het verhaal naast de cijfers.",
     QUESTIONS("Welke projecten of soorten werk hebben we dit jaar samen onderzocht, en waarom juist deze?",
               "Hoe hebben we dat gedaan (bijvoorbeeld met focusgroepen, interviews of co-design) en wie deden "
               "er mee: inwoners, medewerkers, partners?",
               "Wat zijn de belangrijkste uitkomsten: wat verandert er voor inwoners in hun dagelijks leven?",
               "Passen de uitkomsten bij de cijfers in deel 3? Waar vullen ze elkaar aan of verklaren ze "
               "elkaar?",
               "Wat doen we met de uitkomsten, en wat willen we volgend jaar onderzoeken?")},
    {.name = "impact",
     .title = "tekst bij deel 4, impact",
     .heading = "Deel 4: impact in stad en wijk",
     .about = "De toelichting bij de beleidsindicatoren van de gemeente over het hele jaar: waar staat de "
              "stad, en wat is onze rol daarin?",
     QUESTIONS("Hoe ontwikkelden de beleidsindicatoren zich dit jaar ten opzichte van vorig jaar en van de "
               "streefwaarden?",
               "In welke wijken is het beeld beter of slechter dan in de stad als geheel?",
               "Herkennen we dit beeld in ons werk? Wat is onze bijdrage, en wat speelt er verder mee?",
               "Wat betekent dit voor onze plannen en prioriteiten voor volgend jaar?")},
    {.name = "opgaven",
     .title = "voortgang op de stedelijke opgaven en de wijkopgaven",
     .heading = "Voortgang op de opgaven in stad en wijk",
     .about = "Per wijk: hoe ver we zijn met ons deel van de opgaven die inwoners, gemeente en partners "
              "samen hebben afgesproken.",
     QUESTIONS("Welke stedelijke opgaven en wijkopgaven zijn er samen afgesproken, en wat is ons deel daarin "
               "volgens het jaarplan?",
               "Per wijk: wat hebben we dit jaar gedaan en hoe ver zijn we? Wat ging goed en wat liep "
               "vertraging op?",
               "Wat laten de cijfers en de ervaringen van inwoners en partners in de wijk zien over de "
               "voortgang?",
               "Hoe ging de samenwerking in de wijkoverleggen en opgaveoverleggen, en wie deden er mee?",
               "Wat is er volgend jaar nodig, van ons en van anderen?")},
    {.name = "lessen",
     .title = "wat we leren (herkennen, verklaren, waarderen, verbeteren)",
     .heading = "Wat we leren",
     .about = "De belangrijkste lessen van het jaar, in de vier stappen van het Kwaliteitskompas: "
              "herkennen, verklaren, waarderen en verbeteren.",
     QUESTIONS("Herkennen: welke thema's kwamen dit jaar steeds terug in de cijfers, de klachten en de "
               "verhalen?",
               "Verklaren: hoe komt dat? Wat ligt aan ons eigen werk, en wat aan ontwikkelingen daarbuiten?",
               "Waarderen: wat vinden inwoners, medewerkers, partners en de gemeente ervan? Wat gaat goed en "
               "wat moet beter?",
               "Verbeteren: wat gaan we volgend jaar anders doen, wie doet het en wanneer?",
               "Wat hebben de verbeteringen uit de kwartalen van dit jaar opgeleverd?")},
    {.name = "financien",
     .title = "financiën",
     .heading = "Financiën",
     .about = "De toelichting bij de cijfers over het geld: budget, uitgaven, de bedragen die apart zijn "
              "gezet en het resultaat.",
     QUESTIONS("Hoe verhouden de uitgaven zich tot het jaarbudget en de begroting in het plan van aanpak? "
               "Waar zijn de grootste verschillen, en waardoor?",
               "Hoe is het geld besteed dat apart is gezet, zoals voor vrijwilligersorganisaties zonder "
               "personeel en voor het jongerenwerk?",
               "Wat is het resultaat over het jaar, en blijft de winst binnen 4% van het jaarbudget?",
               "Wat is er veranderd sinds de financiële tussenrapportage van juni?",
               "Welke ontwikkelingen hebben invloed op het budget van volgend jaar, zoals meer vragen van "
               "inwoners of hogere prijzen?")},
    {.name = "verhalen",
     .title = "verhalen van inwoners",
     .heading = "Verhalen van inwoners",
     .about = "Een paar korte verhalen van inwoners uit dit jaar, in hun eigen woorden, die laten zien wat "
              "achter de cijfers zit.",
     QUESTIONS("Welke verhalen laten zien wat de ondersteuning dit jaar voor inwoners heeft betekend?",
               "Heeft de inwoner toestemming gegeven? Hebben we naam, adres, leeftijd en andere details "
               "weggelaten of veranderd, zodat niemand de inwoner herkent?",
               "Laten de verhalen samen de verschillende wijken, leeftijden en soorten vragen zien?",
               "Is er ook een verhaal waarin het niet goed ging, en wat hebben we daarvan geleerd?")},
};

const wr_narrative_spec *wr_narrative_spec_for(bool year, size_t *count)
{
    if (count)
        *count = year ? sizeof year_specs / sizeof year_specs[0] : sizeof quarter_specs / sizeof quarter_specs[0];
    return year ? year_specs : quarter_specs;
}

const wr_narrative_spec *wr_narrative_spec_find(bool year, const char *name)
{
    size_t count;
    const wr_narrative_spec *specs = wr_narrative_spec_for(year, &count);
    for (size_t i = 0; name && i < count; i++)
        if (strcmp(specs[i].name, name) == 0)
            return &specs[i];
    return NULL;
}

bool wr_narrative_is_placeholder(const char *text)
{
    return text && strstr(text, WR_NARRATIVE_PLACEHOLDER) != NULL;
}
