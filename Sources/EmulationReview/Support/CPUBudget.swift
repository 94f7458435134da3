import Glibc

/// How much CPU time reading one file may take: a base plus an allowance per MiB, many times what a normal file
/// needs (about 0.03 s per MiB here), so that only a pathological file reaches it. A file that does is rejected
/// (`file.too-slow`) and the run goes on with the others: one file cannot hold the run, and its lock, for hours.
public struct CPUBudget: Sendable, Hashable {
    public var baseSeconds: Double
    public var secondsPerMiB: Double

    public init(baseSeconds: Double = 2, secondsPerMiB: Double = 1) {
        self.baseSeconds = baseSeconds
        self.secondsPerMiB = secondsPerMiB
    }

    /// The CPU seconds allowed for a file of `bytes` bytes.
    public func seconds(forBytes bytes: Int) -> Double {
        baseSeconds + secondsPerMiB * Double(bytes) / 1_048_576
    }

    /// The CPU time the calling thread has used so far, in seconds (each file is read on one thread).
    public static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
