import Crypto
import Foundation

/// SHA-256 digests as lowercase hexadecimal: file identities, report contents, manifest entries.
public enum Digest {
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }

    /// A digest of bytes handed over part after part.
    public struct Running {
        private var hasher = SHA256()

        public init() {}

        public mutating func update(_ bytes: some DataProtocol) { hasher.update(data: bytes) }

        public func finish() -> String { Digest.hex(hasher.finalize()) }
    }

    fileprivate static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
