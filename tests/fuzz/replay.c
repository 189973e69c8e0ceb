/* Replays fuzzer inputs without libFuzzer (for the normal and sanitizer test builds):
 * each argument is a file fed to the target's LLVMFuzzerTestOneInput. Built once per
 * target as build/tests/fuzz_replay_<target>, with FUZZ_TARGET naming it; tests/run-all
 * gives it the target's corpus and regression files. A crash or a sanitizer report fails
 * the run; a property target aborts when its property does not hold. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_TARGET
#define FUZZ_TARGET "?"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int passed = 0;
    static uint8_t buf[1 << 20];
    for (int i = 1; i < argc; i++) {
        FILE *fp = fopen(argv[i], "rb");
        if (!fp) {
            perror(argv[i]);
            printf("fuzz_%s: %d passed, 1 failed\n", FUZZ_TARGET, passed);
            return 1;
        }
        size_t n = fread(buf, 1, sizeof buf, fp);
        fclose(fp);
        /* A copy of exactly the input's size, as libFuzzer gives it: AddressSanitizer then
         * sees a read past its end. */
        uint8_t *input = malloc(n ? n : 1);
        if (!input)
            abort();
        memcpy(input, buf, n);
        LLVMFuzzerTestOneInput(input, n);
        free(input);
        passed++;
    }
    printf("fuzz_%s: %d passed, 0 failed\n", FUZZ_TARGET, passed);
    return 0;
}
