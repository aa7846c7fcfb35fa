// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "DebtDeck",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "debtdeck", targets: ["debtdeck"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "DebtCore"),
    .target(name: "DebtStore", dependencies: ["DebtCore"]),
    .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
    .target(name: "DebtDeckUI", dependencies: ["DebtCore", "TerminalUI"]),
    .executableTarget(
      name: "debtdeck",
      dependencies: [
        "DebtCore", "DebtStore", "TerminalUI", "DebtDeckUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // bench/keypress.sh: the time of a keypress on the Debts screen with 1,000 debts.
    .executableTarget(name: "keypress-bench", dependencies: ["DebtCore", "TerminalUI", "DebtDeckUI"]),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "DebtCoreTests", dependencies: ["DebtCore", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "DebtStoreTests", dependencies: ["DebtStore", "DebtCore", "TestSupport"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
    .testTarget(
      name: "DebtDeckUITests", dependencies: ["DebtDeckUI", "DebtCore", "TerminalUI"], exclude: ["Golden"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["DebtCore", "DebtStore", "DebtDeckUI", "TerminalUI"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
