#!/usr/bin/python3
"""The privacy guard (README, "Teksten" and "Privacy"), issue 11, case 7: what looks like
personal data in a free text that reaches the public documents makes --definitief refuse,
with file and line and the match masked. It looks at the texts as the PDF and HTML show
them (after cmark's entities, backslash escapes and emphasis), so neither markup nor an
HTML comment hides a number, and at the toelichting and omschrijving of afspraken.csv,
which the report prints. Prints 'e2e privacybewaking: N passed, N failed'."""
import csv
import os
import shutil
import sys
import tempfile

from harness import SAMPLE, pdftext, run, run_tests, test_registry

TESTS, test = test_registry()


def sample_copy(tmp):
    data = os.path.join(tmp, "gegevens")
    shutil.copytree(SAMPLE, data)
    return data


def final_run(data, out):
    return run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out, "--definitief")


@test
def published_text_is_scanned_not_only_the_source():
    """Each example of the issue passed --definitief and appeared in clear in the PDF."""
    examples = [
        ("naam&#64;haarlem.nl", "e-mailadres (n***@h******.nl)"),
        ("jan\\@haarlem.nl", "e-mailadres (j**@h******.nl)"),
        ("06\\-12345678", "telefoonnummer (06-******78)"),
        ("123**456**782", "burgerservicenummer (12******2)"),
        ("06<!-- stil -->12345678", "telefoonnummer (06******78)"),
    ]
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        data = sample_copy(tmp)
        lessons = os.path.join(data, "teksten", "2026-Q3", "lessen.md")
        original = open(lessons, encoding="utf-8").read()
        for written, finding in examples:
            with open(lessons, "w", encoding="utf-8") as f:
                f.write(original + "\nNeem contact op via " + written + ".\n")
            line = original.count("\n") + 2
            out = tempfile.mkdtemp(dir=tmp)
            r = final_run(data, out)
            assert r.returncode == 1, (written, r.returncode, r.stderr)
            assert f"lessen.md, regel {line}: dit lijkt op een {finding}" in r.stderr, (written, r.stderr)
            assert not os.path.exists(os.path.join(out, "2026-Q3")), written
            # A draft is made, with the same finding on stderr; the number is never repeated.
            r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
            assert r.returncode == 0 and finding in r.stderr, (written, r.stderr)
            for clear in ("12345678", "123456782", "naam@", "jan@"):
                assert clear not in r.stderr, (written, clear)


@test
def html_comment_is_left_out_and_still_scanned():
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        data = sample_copy(tmp)
        lessons = os.path.join(data, "teksten", "2026-Q3", "lessen.md")
        with open(lessons, "a", encoding="utf-8") as f:
            f.write("\n<!-- bel Piet op 06-87654321 -->\n")
        out = os.path.join(tmp, "uit")
        r = final_run(data, out)
        assert r.returncode == 1 and "telefoonnummer (06-******21)" in r.stderr, r.stderr
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        text = pdftext(os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.pdf"))
        assert "87654321" not in text and "bel Piet" not in text


@test
def agreement_explanation_is_scanned():
    """A BSN, phone number, e-mail address and date of birth in the toelichting of
    afspraken.csv reached the PDF without a word."""
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        data = sample_copy(tmp)
        path = os.path.join(data, "afspraken.csv")
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        changed = []
        for number, row in enumerate(rows[1:], start=2):
            if row[1] == "2026" and row[4] <= "2026-09-30":
                row[6] = "Contact: BSN 123456782, tel 06-12345678, mail piet@voorbeeld.nl, geboren 3-3-1954"
                changed.append(number)
        assert changed
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        out = os.path.join(tmp, "uit")
        r = final_run(data, out)
        assert r.returncode == 1, r.stderr
        for kind in ("burgerservicenummer (12******2)", "telefoonnummer (06-******78)",
                     "e-mailadres (p***@v********.nl)", "geboortedatum (*-*-1954)"):
            assert any(f"afspraken.csv, regel {n}, kolom toelichting: dit lijkt op een {kind}" in r.stderr
                       for n in changed), (kind, r.stderr)
        for clear in ("123456782", "12345678", "piet@", "3-3-1954"):
            assert clear not in r.stderr, clear


@test
def sample_passes_the_guard():
    """No false alarm on the sample's texts and free texts."""
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r = final_run(SAMPLE, tmp)
        assert r.returncode == 0 and "persoonsgegevens" not in r.stderr, r.stderr


def main():
    return run_tests("e2e privacybewaking", TESTS)


if __name__ == "__main__":
    sys.exit(main())
