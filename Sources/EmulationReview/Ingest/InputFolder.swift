import Foundation

/// Finding the XML files of an inputs folder, in a stable order.
public enum InputFolder {
    /// The `.xml` files directly in `folder`, sorted by name; none when the folder does not exist.
    public static func xmlFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".xml") && !$0.hasPrefix(".") }
            .sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Every `.xml` file under `folder`, at any depth, sorted by path. Symbolic links are not followed.
    public static func xmlFilesRecursively(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            if name.lowercased().hasSuffix(".xml") {
                result.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return result.sorted()
    }

    /// The year a file's folder names (`Inputs/2020/79.xml` → 2020), if its parent folder is a year.
    public static func folderYear(of path: String) -> Int? {
        let parent = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        guard parent.count == 4, parent.allSatisfy(\.isASCII), let year = Int(parent) else { return nil }
        return year
    }
}
