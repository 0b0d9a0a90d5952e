#include "mipr/common/allocator.h"

#if defined(__GLIBC__) && defined(__linux__)
#include <unistd.h>

#include <cstdlib>
#endif

namespace mipr {

void tune_allocator(char** argv) {
#if defined(__GLIBC__) && defined(__linux__)
    constexpr const char* kDone = "MIPR_ALLOCATOR_TUNED";
    if (std::getenv(kDone)) return;
    for (const char* user : {"GLIBC_TUNABLES", "MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_",
                             "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_"}) {
        if (std::getenv(user)) return;  // the user's own choice stands
    }
    setenv("MALLOC_MMAP_THRESHOLD_", "4294967296", 1);
    setenv("MALLOC_TRIM_THRESHOLD_", "4294967296", 1);
    setenv("MALLOC_TOP_PAD_", "536870912", 1);
    setenv(kDone, "1", 1);
    execv("/proc/self/exe", argv);  // returns only on failure: go on with the defaults
#else
    (void)argv;
#endif
}

}  // namespace mipr
