import Foundation

/// Wall-clock time spent in each stage of a build, for `fixpath build --timings`.
public final class BuildTimings: @unchecked Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Ends the current stage under `name` and starts the next one.
    public func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// One line per stage, then the total: `  load topics   0.412 s`.
    public var report: String {
        let width = (stages.map(\.name.count).max() ?? 0) + 2
        var lines = stages.map { stage in
            stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + Self.seconds(stage.seconds)
        }
        lines.append("total".padding(toLength: width, withPad: " ", startingAt: 0) + Self.seconds(stages.map(\.seconds).reduce(0, +)))
        return lines.map { "  " + $0 + "\n" }.joined()
    }

    private static func seconds(_ value: Double) -> String {
        let millis = Int((value * 1000).rounded())
        return "\(millis / 1000).\(String(millis % 1000).leftPadded(to: 3)) s"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
