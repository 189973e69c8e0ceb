#!/usr/bin/python3
"""The bash completion (completion/wijkrapport) and the 'perioden' command it uses: bash
with bash-completion and the completion file sourced completes the commands, the
options, folders and settings files, and the periods of the export on the command line.
Prints 'e2e tabaanvulling: N passed, N failed'."""
import os
import re
import shlex
import subprocess
import tempfile

from harness import run_tests

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = os.path.abspath(os.environ.get("WIJKRAPPORT", os.path.join(ROOT, "build", "wijkrapport")))
COMPLETION = os.path.join(ROOT, "completion", "wijkrapport")
CONFIG = os.path.join(ROOT, "tests", "fixtures", "config.ini")
TESTS = []

# The sample export: the earliest aanmelddatum is 28 July 2022, the latest date 30 September
# 2026 (the last day of a quarter, so 2026-Q3 is complete).
SAMPLE_QUARTERS = [f"{y}-Q{q}" for y in range(2022, 2027) for q in range(1, 5)][2:-1]
SAMPLE_YEARS = ["2022", "2023", "2024", "2025", "2026"]
HEADER = "traject_id;inwoner_id;onderdeel;wijk;aanmelddatum;einddatum;reden_instroom\n"


def test(fn):
    TESTS.append(fn)
    return fn


def comp_words(line):
    """Splits a command line as bash does for completion ('=' is a word of its own)."""
    words = []
    for token in line.split():
        parts = re.split(r"(=)", token)
        words.extend(p for p in parts if p)
    if line.endswith(" ") or line.endswith("="):
        words.append("")
    return words


def complete(*lines, cwd=ROOT, between=None):
    """Completes each line in one bash session; returns one sorted list per line.
    between = (i, shell code) runs the code after line i (to change files between Tabs)."""
    script = ["source /usr/share/bash-completion/bash_completion", f"source {shlex.quote(COMPLETION)}",
              'spec=$(complete -p wijkrapport) && [[ $spec == *"-F _wijkrapport"* ]] || exit 9']
    for i, line in enumerate(lines):
        words = comp_words(line)
        script += [f"COMP_LINE={shlex.quote(line)}", "COMP_POINT=${#COMP_LINE}",
                   "COMP_WORDS=(" + " ".join(shlex.quote(w) for w in words) + ")",
                   f"COMP_CWORD={len(words) - 1}", "COMPREPLY=()",
                   f"_wijkrapport {shlex.quote(os.path.basename(words[0]))} {shlex.quote(words[-1])} "
                   f"{shlex.quote(words[-2])}",
                   "printf '%s\\n' \"${COMPREPLY[@]}\"", "echo '--'"]
        if between and between[0] == i:
            script.append(between[1])
    r = subprocess.run(["bash", "--norc", "--noprofile", "-c", "\n".join(script)], capture_output=True,
                       text=True, cwd=cwd)
    assert r.returncode == 0, (r.returncode, r.stderr)
    assert r.stderr == "", r.stderr
    answers = r.stdout.split("--\n")[:-1]
    return [sorted(w for w in a.splitlines() if w) for a in answers]


def periods_command(*args):
    return subprocess.run([PROGRAM, "perioden", *args], capture_output=True, text=True, cwd=ROOT)


def export(folder, rows):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "trajecten.csv"), "w", encoding="utf-8") as f:
        f.write(HEADER + "".join(rows))
    return folder


@test
def completes_the_commands():
    assert complete(f"{PROGRAM} ") == [["controleer", "financien", "jaar", "kadernota", "kwartaal", "perioden", "teksten"]]
    assert complete("wijkrapport kw") == [["kwartaal"]]
    # The outlook: the two years after the sample's last year (2026).
    assert complete(f"{PROGRAM} kadernota ") == [["2027", "2028"]]
    # ... and its text: teksten kadernota-2027.
    assert complete(f"{PROGRAM} teksten k") == [["kadernota-2027", "kadernota-2028"]]


@test
def completes_every_option_of_the_help():
    helped = set(re.findall(r"--[a-z]+", subprocess.run([PROGRAM, "--help"], capture_output=True,
                                                         text=True).stdout))
    [offered] = complete("wijkrapport kwartaal --")
    assert set(offered) == helped, (offered, helped)
    assert complete("wijkrapport --sj") == [["--sjablonen"]]


@test
def completes_the_periods_of_the_sample_export():
    quarters, years, texts, after, finance = complete(f"{PROGRAM} kwartaal ", f"{PROGRAM} jaar ",
                                                      f"{PROGRAM} teksten 2026", f"{PROGRAM} kwartaal 2026-Q3 ",
                                                      f"{PROGRAM} financien ")
    assert quarters == sorted(SAMPLE_QUARTERS), quarters
    assert finance == quarters, finance  # the financial overview is of a quarter
    assert years == SAMPLE_YEARS, years
    assert texts == ["2026", "2026-Q1", "2026-Q2", "2026-Q3"], texts
    assert after == [], after  # one period per command


@test
def completes_the_periods_of_the_export_named_on_the_line():
    with tempfile.TemporaryDirectory() as tmp:
        data = export(os.path.join(tmp, "export"), [
            "T1;A;sociale_basis;noord;15-2-2025;;financien\n",
            "T2;B;sociale_basis;noord;2025-06-01;2026-05-03;financien\n"])
        trajecten = shlex.quote(os.path.join(data, "trajecten.csv"))
        earlier = f"printf 'T3;C;sociale_basis;noord;2024-12-31;;financien\\n' >>{trajecten}"
        long_eq, short, long_space, changed = complete(
            f"{PROGRAM} --gegevens={data} --instellingen={CONFIG} kwartaal ",
            f"{PROGRAM} jaar -i {CONFIG} -g {data} ",
            f"{PROGRAM} teksten --gegevens {data} --instellingen {CONFIG} 202",
            f"{PROGRAM} jaar -i {CONFIG} -g {data} ",
            between=(2, earlier))
        assert long_eq == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"], long_eq
        assert short == ["2025", "2026"], short
        assert long_space == sorted(long_eq + short), long_space
        # trajecten.csv changed between two Tabs: the new earliest date counts.
        assert changed == ["2024", "2025", "2026"], changed
        assert complete(f"{PROGRAM} --gegevens {tmp}/ontbreekt kwartaal ") == [[]]


@test
def completes_folders_and_settings_files_for_the_options_that_take_them():
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "export"))
        os.makedirs(os.path.join(tmp, "sjablonen"))
        for name in ("haarlem.ini", "notities.txt"):
            open(os.path.join(tmp, name), "w").close()
        for option in ("--gegevens", "-g", "--teksten", "-t", "--uitvoer", "-u", "--sjablonen", "-s"):
            assert complete(f"wijkrapport kwartaal {option} ", cwd=tmp) == [["export", "sjablonen"]], option
        assert complete("wijkrapport --gegevens=", cwd=tmp) == [["export", "sjablonen"]]
        got = complete("wijkrapport controleer --instellingen ", cwd=tmp)[0]
        assert "haarlem.ini" in got and "notities.txt" not in got, got


@test
def perioden_lists_the_quarters_then_the_years_of_the_export():
    r = periods_command()
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == SAMPLE_QUARTERS + SAMPLE_YEARS, r.stdout


@test
def perioden_refuses_an_export_without_a_complete_quarter_and_extra_arguments():
    with tempfile.TemporaryDirectory() as tmp:
        data = export(tmp, ["T1;A;sociale_basis;noord;2026-04-02;2026-05-01;financien\n"])
        r = periods_command("--gegevens", data, "--instellingen", CONFIG)
        assert r.returncode == 1 and r.stdout == "", (r.returncode, r.stdout)
        assert "nog geen volledig kwartaal" in r.stderr, r.stderr
    r = periods_command("2026")
    assert r.returncode == 2 and "geen argumenten" in r.stderr, (r.returncode, r.stderr)


if __name__ == "__main__":
    raise SystemExit(run_tests("e2e tabaanvulling", TESTS))
