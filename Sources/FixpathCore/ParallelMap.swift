import Dispatch

/// Sendable storage that parallel workers write at distinct indices.
final class IndexedResults<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    subscript(i: Int) -> T? {
        get { buffer[i] }
        set { buffer[i] = newValue }
    }

    var values: [T] { buffer.map { $0! } }
}

extension Array where Element: Sendable {
    /// `map` on all cores, keeping order.
    public func parallelMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = IndexedResults<T>(count: count)
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: count) { i in
                results[i] = transform(input[i])
            }
        }
        return results.values
    }
}

extension Array where Element: Sendable {
    /// `parallelMap`, with `side` run as one more job, taken first so that it does not end last on one core.
    ///
    /// Work that should overlap a `parallelMap` must join it this way: a `parallelMap` inside
    /// `concurrently` runs on one thread, as libdispatch divides the cores among nested applies.
    public func parallelMap<T, S>(_ transform: @Sendable (Element) -> T, besides side: @Sendable () -> S) -> ([T], S) {
        let results = IndexedResults<T>(count: count), other = IndexedResults<S>(count: 1)
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: count + 1) { i in
                if i == 0 { other[0] = side() } else { results[i - 1] = transform(input[i - 1]) }
            }
        }
        return (results.values, other[0]!)
    }
}

/// Runs two pieces of work at the same time and returns both results.
public func concurrently<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = IndexedResults<A>(count: 1), b = IndexedResults<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { a[0] = first() } else { b[0] = second() }
    }
    return (a[0]!, b[0]!)
}
