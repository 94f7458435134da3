// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "emulation-review",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "emulation-review", targets: ["emulation-review"]),
        .library(name: "EmulationReview", targets: ["EmulationReview"]),
        .library(name: "EmulationReviewRun", targets: ["EmulationReviewRun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: [.defaults, "YAML"]),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CPlatform"),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The pure core: model, reference data, ingest, rules, review, render. No clock, no environment, no
        // network, no state: the same inputs give the same bytes.
        .target(
            name: "EmulationReview",
            dependencies: [
                "CLibXML2",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Schemas"), .copy("Templates")]
        ),
        // The run layer: inputs from folders, publishing, the state store, delivery by email, the Excel workbook.
        .target(
            name: "EmulationReviewRun",
            dependencies: [
                "EmulationReview",
                "CPlatform",
                "CSQLite",
                "CCurl",
                "CXLSXWriter",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The styles of review.docx, made by Scripts/make-reference-docx.
            resources: [.copy("Resources/reference.docx"), .copy("Resources/landscape.lua")]
        ),
        // The thin command line: one subcommand per file.
        .executableTarget(
            name: "emulation-review",
            dependencies: [
                "EmulationReview",
                "EmulationReviewRun",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // What both test targets share: fixture paths, the demo reviews, sample mail content.
        .target(
            name: "TestSupport",
            dependencies: ["EmulationReview", "EmulationReviewRun"],
            path: "Tests/TestSupport"
        ),
        // Fast tests: pure units and every rule's examples; no processes, no servers.
        .testTarget(
            name: "EmulationReviewTests",
            dependencies: ["EmulationReview", "EmulationReviewRun", "TestSupport"]
        ),
        // End-to-end tests: the real binary, the Nu HTML checker, the Python cross-check, a real SMTP server.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["EmulationReview", "EmulationReviewRun", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
