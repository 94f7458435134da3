import ArgumentParser
import EmulationReview
import EmulationReviewRun
import Foundation

/// The language of a command that reads no other setting (`validate`, `explain`): `--lang`, else the
/// configuration's `lang`, else Vietnamese. A configuration that cannot be read ends the command, its error in
/// Vietnamese since no language was chosen.
func chosenLanguage(_ lang: Language?, config: String?) async throws -> Language {
    if let lang { return lang }
    do throws(RunFailure) {
        return try await Settings.load(path: config).language
    } catch {
        FileHandle.standardError.write(Data("emulation-review: \(error.message(.vi))\n".utf8))
        throw ExitCode(error.status.rawValue)
    }
}

/// The program's compiled schemas; without them the command ends with exit 70.
func programSchemas(language: Language) throws -> SchemaSet {
    do {
        return try SchemaSet()
    } catch let error as SchemaError {
        FileHandle.standardError.write(Data("emulation-review: \(error.message(language))\n".utf8))
        throw ExitCode(ExitStatus.software.rawValue)
    } catch {
        FileHandle.standardError.write(Data("emulation-review: \(error)\n".utf8))
        throw ExitCode(ExitStatus.software.rawValue)
    }
}
