#!/usr/bin/python3
"""The Debian package, as an IT department uses it: `make deb` builds it (nothing lands
outside build/deb/), lintian passes, it declares the Debian packages it needs, dpkg
installs it, the installed wijkrapport writes the reports of the packaged sample (the
same bytes as the build, with Open Sans from fonts-open-sans), the man page and the
completion work from their installed places, and dpkg --purge leaves nothing behind.
Needs root for dpkg, as in CI (make package-test).
Prints 'pakket: N passed, N failed'."""
import filecmp
import glob
import os
import re
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "e2e"))
from harness import run_tests  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = os.path.abspath(os.environ.get("WIJKRAPPORT", os.path.join(ROOT, "build", "wijkrapport")))
OUT = os.path.join(ROOT, "build", "deb")
SAMPLE = "/usr/share/wijkrapport/voorbeeld"
FONTS = "/usr/share/fonts/truetype/open-sans"
TESTS = []
ENV = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "WIJKRAPPORT_DATA")}
INSTALLED_FILES = []


def test(fn):
    TESTS.append(fn)
    return fn


def sh(*args, env=ENV, **kw):
    return subprocess.run(args, capture_output=True, text=True, env=env, **kw)


def deb():
    [path] = glob.glob(os.path.join(OUT, "wijkrapport_*.deb"))
    return path


def installed():
    return "install ok installed" in sh("dpkg-query", "-W", "-f=${Status}", "wijkrapport").stdout


def parent_leftovers():
    return {n for n in os.listdir(os.path.dirname(ROOT)) if re.match(r"wijkrapport[-_].*\.(deb|changes|buildinfo)$", n)}


@test
def make_deb_builds_the_package_inside_build_deb():
    before = parent_leftovers()
    r = sh("make", "--no-print-directory", "deb", cwd=ROOT)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert re.search(r"^\d+ passed, 0 failed$", r.stdout, re.M), "the unit tests did not run in the build"
    assert os.path.basename(deb()) == f"wijkrapport_{sh('dpkg-parsechangelog', '-S', 'Version', cwd=ROOT).stdout.strip()}" \
        f"_{sh('dpkg', '--print-architecture').stdout.strip()}.deb"
    assert glob.glob(os.path.join(OUT, "*.changes")) and glob.glob(os.path.join(OUT, "*.buildinfo"))
    assert parent_leftovers() == before, parent_leftovers() - before
    assert not glob.glob(os.path.join(OUT, "wijkrapport-*/")), "the copy of the tree was left behind"


@test
def lintian_reports_no_error_or_warning():
    [changes] = glob.glob(os.path.join(OUT, "*.changes"))
    r = sh("lintian", "--fail-on", "error,warning", "--info", "--pedantic", changes)
    print("   lintian:", r.stdout.strip() or "(geen meldingen)")
    assert r.returncode == 0, r.stdout + r.stderr
    assert not re.search(r"^[EW]: ", r.stdout, re.M), r.stdout


@test
def declares_the_debian_packages_it_needs_and_links_the_fonts():
    depends = {d.split()[0] for d in sh("dpkg-deb", "-f", deb(), "Depends").stdout.split(",")}
    for needed in ("fonts-open-sans", "fonts-dejavu-core", "hyphen-nl", "icc-profiles-free", "libhpdf-2.3.0",
                   "libxlsxwriter4", "libc6"):
        assert needed in depends, (needed, depends)
    listing = sh("dpkg-deb", "-c", deb()).stdout.splitlines()
    fonts = [line for line in listing if "/usr/share/wijkrapport/fonts/" in line and not line.endswith("/")]
    assert len(fonts) == 5 and all(line.startswith("l") for line in fonts), fonts
    for line in fonts:
        target = line.split(" -> ")[1]
        assert target.startswith("../../fonts/truetype/open-sans/OpenSans-"), line
    assert not [line for line in listing if line.startswith("-") and line.endswith(".ttf")]
    for path in ("./usr/bin/wijkrapport", "./usr/share/man/man1/wijkrapport.1.gz",
                 "./usr/share/bash-completion/completions/wijkrapport", f".{SAMPLE}/trajecten.csv",
                 "./usr/share/wijkrapport/templates/kwartaalrapportage.md", "./usr/share/doc/wijkrapport/copyright"):
        assert any(line.endswith(" " + path) for line in listing), path


@test
def dpkg_installs_it():
    assert os.geteuid() == 0, "dpkg -i needs root (make package-test runs as root in CI)"
    assert not installed(), "wijkrapport is already installed on this machine; this test would replace it"
    r = sh("dpkg", "-i", deb())
    assert r.returncode == 0, r.stdout + r.stderr
    assert installed()
    INSTALLED_FILES.extend(sh("dpkg-query", "-L", "wijkrapport").stdout.split("\n"))


@test
def installed_program_writes_the_reports_of_the_packaged_sample():
    assert sh("/usr/bin/wijkrapport", "--version").stdout.split() == \
        ["wijkrapport", sh("dpkg-query", "-W", "-f=${Version}", "wijkrapport").stdout]
    with tempfile.TemporaryDirectory() as home:
        for command in ("kwartaal", "jaar"):
            r = sh("/usr/bin/wijkrapport", command, "--gegevens", SAMPLE, "--uitvoer", "rapporten", cwd=home)
            assert r.returncode == 0, r.stderr
            # The build's program with its fonts/ and templates/, on the same (installed) export:
            # the reports name the text files they miss by path.
            r = sh(PROGRAM, command, "--gegevens", SAMPLE, "--uitvoer", os.path.join(home, "bouw"), cwd=ROOT)
            assert r.returncode == 0, r.stderr
        pdf = os.path.join(home, "rapporten", "2026-Q3", "kwartaalrapportage-2026-Q3.pdf")
        info = sh("pdfinfo", pdf).stdout
        assert re.search(r"^Title:\s+Kwartaalrapportage Gewoon in de Wijk", info, re.M), info
        assert int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)) >= 10, info
        text = sh("pdftotext", "-enc", "UTF-8", pdf, "-").stdout
        for words in ("Gedaan", "Bereikt", "Effect", "Impact", "Concept"):
            assert words in text, words
        assert "OpenSans" in sh("pdffonts", pdf).stdout
        # Open Sans from fonts-open-sans gives the same bytes as the copy in fonts/.
        def files(top):  # every file below top, the district factsheets in wijken/ too
            return sorted(os.path.relpath(os.path.join(d, f), top) for d, _, fs in os.walk(top) for f in fs)
        for period in ("2026-Q3", "2026"):
            names = files(os.path.join(home, "bouw", period))
            assert names == files(os.path.join(home, "rapporten", period)), names
            assert period != "2026-Q3" or any(n.startswith("wijken" + os.sep) for n in names), names
            for name in names:
                assert filecmp.cmp(os.path.join(home, "bouw", period, name),
                                   os.path.join(home, "rapporten", period, name), shallow=False), name
        r = sh("/usr/bin/wijkrapport", "controleer", "--gegevens", SAMPLE, cwd=home)
        assert r.returncode == 0 and "kan worden gebruikt" in r.stdout, r.stdout + r.stderr
        assert sh("/usr/bin/wijkrapport", "perioden", "-g", SAMPLE).stdout == sh(PROGRAM, "perioden", cwd=ROOT).stdout


@test
def installed_man_page_and_completion_work():
    assert sh("man", "-w", "wijkrapport").stdout.strip() == "/usr/share/man/man1/wijkrapport.1.gz", \
        "no man page: does dpkg exclude /usr/share/man here (path-exclude in /etc/dpkg/dpkg.cfg.d)?"
    r = sh("man", "--warnings", "wijkrapport", env=dict(ENV, LC_ALL="C.UTF-8", MANWIDTH="80"))
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert f"{SAMPLE}" in r.stdout and "AFSLUITSTATUS" in r.stdout
    line = f"wijkrapport --gegevens {SAMPLE} kwartaal 2026-"
    words = line.split()
    script = "\n".join([
        "source /usr/share/bash-completion/bash_completion",
        "_completion_loader wijkrapport",  # what bash-completion does on the first Tab
        f"COMP_LINE={shlex.quote(line)}", "COMP_POINT=${#COMP_LINE}",
        "COMP_WORDS=(" + " ".join(shlex.quote(w) for w in words) + ")", f"COMP_CWORD={len(words) - 1}",
        "$(complete -p wijkrapport | sed 's/.*-F \\([^ ]*\\).*/\\1/') wijkrapport 2026- kwartaal",
        "printf '%s\\n' \"${COMPREPLY[@]}\""])
    r = sh("bash", "--norc", "--noprofile", "-c", script, cwd="/")
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert sorted(r.stdout.split()) == ["2026-Q1", "2026-Q2", "2026-Q3"], r.stdout


@test
def dpkg_purge_leaves_nothing_behind():
    assert INSTALLED_FILES, "not installed"
    r = sh("dpkg", "--purge", "wijkrapport")
    assert r.returncode == 0, r.stdout + r.stderr
    assert not installed()
    # A folder may stay only when another package owns it too (/usr/share/man/man1 and the like).
    left = [p for p in INSTALLED_FILES if p not in ("", "/.") and os.path.lexists(p)
            and not (os.path.isdir(p) and not os.path.islink(p) and sh("dpkg-query", "-S", p).returncode == 0)]
    assert left == [], left
    assert not os.path.lexists("/usr/share/wijkrapport") and not os.path.lexists("/usr/share/doc/wijkrapport")
    assert os.path.isdir(FONTS), "purging wijkrapport must not touch fonts-open-sans"


def purge_if_left():
    if installed():
        sh("dpkg", "--purge", "wijkrapport")


if __name__ == "__main__":
    raise SystemExit(run_tests("pakket", TESTS, cleanup=purge_if_left))
