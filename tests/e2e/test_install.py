#!/usr/bin/python3
"""make install and make uninstall with DESTDIR: the installed program runs outside the
source tree on the installed sample with the installed templates and fonts, writes the
same reports as the build, takes a user's copy of the templates with --sjablonen, and
uninstall leaves no file behind. Prints 'e2e installatie: N passed, N failed'."""
import filecmp
import os
import re
import shutil
import subprocess
import tempfile

from harness import run_tests

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = os.path.abspath(os.environ.get("WIJKRAPPORT", os.path.join(ROOT, "build", "wijkrapport")))
BUILD = os.path.relpath(os.path.dirname(PROGRAM), ROOT)
PREFIX = "/usr/local"  # the build's own: another would rebuild the binary under test
TESTS = []
TMP = tempfile.mkdtemp(prefix="wr-install-")
DESTDIR = os.path.join(TMP, "root")
INSTALLED = DESTDIR + PREFIX
SHARE = os.path.join(INSTALLED, "share", "wijkrapport")


def test(fn):
    TESTS.append(fn)
    return fn


def make(*targets):
    # A clean environment for the inner make: no jobserver of the make that runs the tests.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", "--no-print-directory", f"BUILD={BUILD}", f"DESTDIR={DESTDIR}",
                           f"PREFIX={PREFIX}", *targets], cwd=ROOT, capture_output=True, text=True, env=env)


def files_under(top):
    """Every file and link below top, relative to it."""
    found = set()
    for folder, _, names in os.walk(top):
        found.update(os.path.relpath(os.path.join(folder, n), top) for n in names)
    return found


def source_files(folder, pattern=r".*"):
    return {f for f in files_under(os.path.join(ROOT, folder)) if re.fullmatch(pattern, f)}


def run_installed(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k != "WIJKRAPPORT_DATA"}
    return subprocess.run([os.path.join(INSTALLED, "bin", "wijkrapport"), *args], capture_output=True, text=True,
                          cwd=cwd, env=env)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout


@test
def install_puts_every_file_in_its_place():
    r = make("install")
    assert r.returncode == 0, r.stdout + r.stderr
    expected = {"bin/wijkrapport", "share/man/man1/wijkrapport.1", "share/bash-completion/completions/wijkrapport",
                "share/doc/wijkrapport/README.md", "share/doc/wijkrapport/cijfers.md",
                "share/doc/wijkrapport/grafieken.md"}
    expected |= {"share/wijkrapport/templates/" + f for f in source_files("templates", r".*\.(md|ini)")}
    expected |= {"share/wijkrapport/fonts/" + f for f in source_files("fonts", r".*\.ttf|LICENSE\.txt|README\.md")}
    expected |= {"share/wijkrapport/voorbeeld/" + f for f in source_files("sample-data")}
    got = files_under(INSTALLED)
    assert got == expected, (sorted(got - expected), sorted(expected - got))
    assert os.access(os.path.join(INSTALLED, "bin", "wijkrapport"), os.X_OK)
    page = open(os.path.join(INSTALLED, "share/man/man1/wijkrapport.1")).read()
    assert f"{PREFIX}/share/wijkrapport/templates" in page  # the page names the installed paths


@test
def installed_program_writes_the_same_reports_as_the_build():
    with tempfile.TemporaryDirectory() as elsewhere:  # no templates/ or sample-data/ near here
        r = run_installed("kwartaal", "--gegevens", os.path.join(SHARE, "voorbeeld"), "--uitvoer", "rapporten",
                          cwd=elsewhere)
        assert r.returncode == 0, r.stderr
        built = subprocess.run([PROGRAM, "kwartaal", "--uitvoer", os.path.join(elsewhere, "bouw")], cwd=ROOT,
                               capture_output=True, text=True)
        assert built.returncode == 0, built.stderr
        names = sorted(os.listdir(os.path.join(elsewhere, "bouw", "2026-Q3")))
        assert names == sorted(os.listdir(os.path.join(elsewhere, "rapporten", "2026-Q3"))), names
        assert "kwartaalrapportage-2026-Q3.pdf" in names, names
        for name in names:
            if name == "wijken":  # the factsheets: compared file by file
                sub = sorted(os.listdir(os.path.join(elsewhere, "bouw", "2026-Q3", name)))
                assert sub == sorted(os.listdir(os.path.join(elsewhere, "rapporten", "2026-Q3", name))), sub
                names += [os.path.join(name, n) for n in sub]
                continue
            assert filecmp.cmp(os.path.join(elsewhere, "bouw", "2026-Q3", name),
                               os.path.join(elsewhere, "rapporten", "2026-Q3", name), shallow=False), name


@test
def sjablonen_takes_a_copy_of_the_installed_templates():
    with tempfile.TemporaryDirectory() as home:
        copy = os.path.join(home, "sjablonen")
        shutil.copytree(os.path.join(SHARE, "templates"), copy)
        path = os.path.join(copy, "kwartaalrapportage.md")
        text = open(path, encoding="utf-8").read()
        heading = re.search(r"^## .+$", text, re.M).group(0)
        open(path, "w", encoding="utf-8").write(text.replace(heading, "## Samenvatting voor de raad van Haarlem", 1))
        data = os.path.join(SHARE, "voorbeeld")
        own = run_installed("kwartaal", "-g", data, "--sjablonen", copy, "-u", "eigen", cwd=home)
        standard = run_installed("kwartaal", "-g", data, "-u", "standaard", cwd=home)
        assert own.returncode == 0 and standard.returncode == 0, own.stderr + standard.stderr
        pdf = "2026-Q3/kwartaalrapportage-2026-Q3.pdf"
        assert "Samenvatting voor de raad van Haarlem" in pdf_text(os.path.join(home, "eigen", pdf))
        assert "Samenvatting voor de raad van Haarlem" not in pdf_text(os.path.join(home, "standaard", pdf))
        assert filecmp.cmp(os.path.join(ROOT, "templates", "kwartaalrapportage.md"),
                           os.path.join(SHARE, "templates", "kwartaalrapportage.md"), shallow=False)
        missing = run_installed("kwartaal", "-g", data, "--sjablonen", os.path.join(home, "geen"), "-u", "x", cwd=home)
        assert missing.returncode == 3 and "geen" in missing.stderr and "sjablonen" in missing.stderr, missing.stderr


@test
def uninstall_leaves_no_file_behind():
    r = make("uninstall")
    assert r.returncode == 0, r.stdout + r.stderr
    assert files_under(DESTDIR) == set(), sorted(files_under(DESTDIR))
    # Only the standard folders the installation shares with other programs may stay.
    left = {os.path.relpath(os.path.join(f, d), INSTALLED) for f, ds, _ in os.walk(INSTALLED) for d in ds}
    assert not [d for d in left if "wijkrapport" in d], sorted(left)


if __name__ == "__main__":
    status = run_tests("e2e installatie", TESTS, cleanup=lambda: shutil.rmtree(TMP, ignore_errors=True))
    raise SystemExit(status)
