import ArgumentParser
import EmulationReview
import EmulationReviewRun

@main
struct EmulationReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulation-review",
        abstract: "Validates and reviews the emulation and commendation reports of Vietnam's social-security sector.",
        discussion: """
            Agencies send one XML submission a year; the sector's board keeps the agency registry and catalogues in \
            Inputs/reference/ and its own file for each year in Inputs/<year>/board.xml. See the README for the formats.
            """,
        version: EmulationReviewVersion.current,
        subcommands: [Run.self, Validate.self, Explain.self, Status.self, Send.self]
    )
}
