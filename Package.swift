// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "fixpath",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FixpathCore", targets: ["FixpathCore"]),
        .executable(name: "fixpath", targets: ["fixpath"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "FixpathMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "FixpathCore", dependencies: ["FixpathMarkdown", .product(name: "Yams", package: "Yams")]),
        .target(name: "FixpathSite", dependencies: ["FixpathCore"]),
        .target(name: "FixpathTerminal", dependencies: ["FixpathCore", "FixpathMarkdown"]),
        .target(name: "FixpathServe", dependencies: ["FixpathSite", .product(name: "FlyingFox", package: "FlyingFox"),
                                                   .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(
            name: "fixpath",
            dependencies: ["FixpathCore", "FixpathSite", "FixpathTerminal", "FixpathServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "FixpathMarkdownTests", dependencies: ["FixpathMarkdown"], path: "Tests/FixpathMarkdownTests"),
        .testTarget(name: "FixpathCoreTests", dependencies: ["FixpathCore"], path: "Tests/FixpathCoreTests", exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "FixpathSiteTests", dependencies: ["FixpathSite"], path: "Tests/FixpathSiteTests", exclude: ["Fixtures"]),
        .testTarget(name: "FixpathTerminalTests", dependencies: ["FixpathTerminal", "FixpathCore", "FixpathMarkdown"], path: "Tests/FixpathTerminalTests"),
        .testTarget(name: "fixpathTests", dependencies: ["fixpath"], path: "Tests/fixpathTests"),
    ],
    swiftLanguageModes: [.v6]
)
