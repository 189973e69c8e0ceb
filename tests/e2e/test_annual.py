#!/usr/bin/python3
"""The annual report and the narrative workflow: year figures, the text scaffold, drafts
marked on every page, and the final build refusing unfinished texts or personal data.
Prints 'e2e jaarverslag: N passed, N failed'."""
import csv
import os
import subprocess
import sys
import tempfile

from harness import FIXTURE, FIXTURE_CONFIG, SAMPLE, cijfers_name, run, run_tests, sha, test_registry

TESTS, test = test_registry()


def pages(pdf):
    count = int([l for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.splitlines()
                 if l.startswith("Pages:")][0].split()[1])
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-enc", "UTF-8", pdf, "-"],
                           capture_output=True, text=True).stdout for i in range(1, count + 1)]


def figure(path, cijfer, dimensie="totaal", code="totaal"):
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if r["cijfer"] == cijfer and r["dimensie"] == dimensie and r["waarde_code"] == code:
            return r["waarde"]
    return None


@test
def year_in_progress_counts_to_its_last_complete_quarter():
    with tempfile.TemporaryDirectory() as out:
        r = run("jaar", "2026", "--gegevens", FIXTURE, "--instellingen", FIXTURE_CONFIG, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        assert "tot en met 30 september 2026" in r.stdout and "loopt nog" in r.stdout, r.stdout
        path = os.path.join(out, "2026", cijfers_name("2026"))
        rows = list(csv.DictReader(open(path, encoding="utf-8")))
        assert {r["periode"] for r in rows} == {"2026"}
        # A (two trajectories, two parts), B, E, F and J; D starts on 2 October, after the export's last quarter.
        assert figure(path, "bereik") == "5", figure(path, "bereik")
        assert figure(path, "instroom") == "5"
        assert figure(path, "uitstroom") == "3"  # A, B, E
        for name in ["jaarverslag-2026.pdf", "bijlage-2026.xlsx"]:
            assert os.path.getsize(os.path.join(out, "2026", name)) > 0
        text = " ".join(" ".join(pages(os.path.join(out, "2026", "jaarverslag-2026.pdf"))).split())
        assert "Het jaar loopt nog" in text


@test
def scaffold_creates_missing_texts_and_never_overwrites():
    with tempfile.TemporaryDirectory() as tmp:
        texts = os.path.join(tmp, "teksten")
        os.makedirs(os.path.join(texts, "2026-Q3"))
        mine = os.path.join(texts, "2026-Q3", "inleiding.md")
        open(mine, "w", encoding="utf-8").write("Onze eigen inleiding.\n")
        before = sha(mine)
        r = run("teksten", "2026-Q3", "--teksten", texts)
        assert r.returncode == 0, r.stderr
        made = sorted(os.listdir(os.path.join(texts, "2026-Q3")))
        assert "wijken" in made and len(os.listdir(os.path.join(texts, "2026-Q3", "wijken"))) == 6, made
        made.remove("wijken")  # a text per district, for the factsheets
        assert made == sorted(n + ".md" for n in ["kort", "inleiding", "gedaan", "bereikt", "effect", "impact",
                                                  "lessen", "verhalen", "financien"]), made
        assert sha(mine) == before
        gedaan = open(os.path.join(texts, "2026-Q3", "gedaan.md"), encoding="utf-8").read()
        assert "<!-- wijkrapport: nog in te vullen -->" in gedaan and "?" in gedaan
        r = run("teksten", "2026-Q3", "--teksten", texts)
        assert r.returncode == 0 and "Nieuwe tekstbestanden" not in r.stdout, r.stdout
        r = run("teksten", "2026", "--teksten", texts)
        assert len(os.listdir(os.path.join(texts, "2026"))) == 13


@test
def a_draft_says_concept_on_every_page():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        r = run("jaar", "2026", "--gegevens", SAMPLE, "--teksten", os.path.join(tmp, "leeg"), "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        assert "kort.md" in r.stderr and "concept" in r.stderr, r.stderr
        texts = pages(os.path.join(out, "2026", "jaarverslag-2026.pdf"))
        assert len(texts) > 3
        for i, t in enumerate(texts, 1):
            assert "CONCEPT" in t.upper(), f"page {i} has no Concept mark"


def write_all_texts(texts_dir, code, year):
    r = run("teksten", code, "--teksten", texts_dir)
    assert r.returncode == 0, r.stderr
    folder = os.path.join(texts_dir, code)
    for at, _, names in os.walk(folder):  # a quarter has wijken/ with a text per district
        for name in names:
            open(os.path.join(at, name), "w", encoding="utf-8").write(f"Onze tekst over {name[:-3]}.\n")


@test
def final_build_refuses_placeholders_and_personal_data_then_succeeds():
    with tempfile.TemporaryDirectory() as tmp:
        texts, out = os.path.join(tmp, "teksten"), os.path.join(tmp, "out")
        run("teksten", "2026-Q3", "--teksten", texts)
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--teksten", texts, "--uitvoer", out, "--definitief")
        assert r.returncode == 1 and "nog niet klaar" in r.stderr and "gedaan.md" in r.stderr, r.stderr
        assert not os.path.exists(os.path.join(out, "2026-Q3"))
        write_all_texts(texts, "2026-Q3", False)
        story = os.path.join(texts, "2026-Q3", "verhalen.md")
        open(story, "a", encoding="utf-8").write("Zijn burgerservicenummer is 123456782.\n")
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--teksten", texts, "--uitvoer", out, "--definitief")
        assert r.returncode == 1 and "burgerservicenummer" in r.stderr and "verhalen.md, regel 2" in r.stderr, r.stderr
        assert "123456782" not in r.stderr  # the message does not repeat the number
        open(story, "w", encoding="utf-8").write("Een verhaal zonder persoonsgegevens.\n")
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--teksten", texts, "--uitvoer", out, "--definitief")
        assert r.returncode == 0, r.stderr
        texts_pdf = pages(os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.pdf"))
        joined = " ".join(texts_pdf)
        assert "Definitief" in joined and "CONCEPT" not in joined.upper().replace("CONCEPTEN", "")


def main():
    return run_tests("e2e jaarverslag", TESTS)


if __name__ == "__main__":
    sys.exit(main())
