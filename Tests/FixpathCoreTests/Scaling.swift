import Dispatch

/// Compares how long a job takes at two sizes, for tests that hold a cost to linear growth without
/// timing anything in absolute terms.
enum Scaling {
    /// How many times longer the job takes on `prepare(large)`'s input than on `prepare(small)`'s: the
    /// fastest of `runs` runs at each size, taken in turns, so a busy machine (tests run side by
    /// side) can slow a run down but hardly make the ratio look better. Preparing is not timed.
    static func ratio<Input>(small: Int, large: Int, runs: Int = 5, prepare: (Int) throws -> Input,
                             _ job: (Input) throws -> Void) rethrows -> Double {
        let inputs = (small: try prepare(small), large: try prepare(large))
        try job(inputs.small)
        var best = (small: Double.infinity, large: Double.infinity)
        for _ in 0..<runs {
            best.small = min(best.small, try seconds { try job(inputs.small) })
            best.large = min(best.large, try seconds { try job(inputs.large) })
        }
        return best.large / max(best.small, 1e-6)
    }

    private static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
