import CPlatform
import Glibc

/// The C allocator's settings for a job that holds a few large tables for a while and then lets them go.
///
/// glibc maps a large block on its own and unmaps it when it is freed, but it raises that threshold to the size of
/// each mapped block freed, so after the first large table is let go the next ones come from the heap, where freed
/// memory stays with the process. A fixed threshold keeps large tables mapped; what is freed inside the heap is
/// given back between reports.
enum Heap {
    /// Blocks of this size and more are mapped on their own, whatever was freed before (glibc's own starting
    /// value: a chunk of 2,048 candidates or rows is larger, and goes back to the system once judged or copied).
    static let mappedFrom: Int32 = 128 * 1024

    /// Sets the threshold (the same each time: called before each report).
    static func configure() {
        _ = mallopt(M_MMAP_THRESHOLD, mappedFrom)
    }

    /// Gives the heap's free pages back to the system.
    static func giveBack() {
        _ = malloc_trim(0)
    }
}
