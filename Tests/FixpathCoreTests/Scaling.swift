import Dispatch

/// Compares how long a job takes at two sizes, for tests that hold a cost to linear growth without
/// timing anything in absolute terms.
enum Scaling {
    /// The size step the tests take: linear work grows about 4×, quadratic work about 16×.
    static let factor = 4
    /// The ratio a linear job stays under even on a busy machine, and a quadratic one never reaches.
    static let linearLimit = 8.0

    /// How many times longer the job takes on `prepare(small * factor)`'s input than on `prepare(small)`'s:
    /// the fastest of `runs` runs at each size, taken in turns, each run repeating the job until the small
    /// input takes milliseconds, so neither clock resolution nor a busy machine (tests run side by side)
    /// decides the result. Preparing is not timed.
    static func ratio<Input>(small: Int, runs: Int = 5, prepare: (Int) throws -> Input,
                             _ job: (Input) throws -> Void) rethrows -> Double {
        let inputs = (small: try prepare(small), large: try prepare(small * factor))
        var repeats = 1
        while try seconds(repeats, { try job(inputs.small) }) < 0.005, repeats < 1 << 14 { repeats *= 2 }
        var best = (small: Double.infinity, large: Double.infinity)
        for _ in 0..<runs {
            best.small = min(best.small, try seconds(repeats) { try job(inputs.small) })
            best.large = min(best.large, try seconds(repeats) { try job(inputs.large) })
        }
        return best.large / max(best.small, 1e-9)
    }

    private static func seconds(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repeats { try body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
