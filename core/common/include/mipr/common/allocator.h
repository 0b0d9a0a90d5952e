// Heap settings for the training processes (mipr, the studio).
#pragma once

namespace mipr {

/// With glibc's defaults, tensor buffers over the (adaptive) mmap threshold are mapped and
/// unmapped anew, and a thread's own arena grows in 64 MiB heaps, so its larger buffers are always
/// mapped: each training step pays page faults to zero fresh pages, and threads that train side
/// by side queue on the process's memory-map lock. These settings keep freed buffers in one heap
/// for every thread to reuse: one arena, no mmap under 1 GiB, no trimming of the heap's top under
/// 1 GiB. Measured on PH² (the fresh S trainings of `mipr experiment`, 2 cores): two trainings side
/// by side took 97–123 s with the defaults and 70–72 s with these settings; one after the other,
/// 80–92 s.
///
/// glibc reads them from the environment before main (a later mallopt cannot lower the arena
/// count once any thread made its own), so this sets them and re-executes the program, once; it
/// returns at once if they are set already or the user set any glibc malloc setting. Call first
/// thing in main. Does nothing on other systems.
void tune_allocator(char** argv);

}  // namespace mipr
