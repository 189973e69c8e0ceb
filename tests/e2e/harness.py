"""The shared runner of the end-to-end test scripts: runs each test function, prints
'ok'/'FAIL' per test with a short traceback, and a closing line 'NAME: N passed, N failed'."""
import traceback


def run_tests(name, tests, cleanup=None):
    passed = failed = 0
    for fn in tests:
        try:
            fn()
            passed += 1
            print(f"ok   {fn.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL {fn.__name__}")
            traceback.print_exc(limit=3)
    if cleanup:
        cleanup()
    print(f"{name}: {passed} passed, {failed} failed")
    return 1 if failed else 0
