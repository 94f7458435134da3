import Foundation

// The letterhead's dateline and the document's subject (`header.mustache`).

extension HTMLViewModel {
    struct Header {
        let dateline: String
        let subject: String
    }
}

extension ModelFormatter {
    func header() -> HTMLViewModel.Header {
        .init(dateline: language.dateline(place: pick("Hà Nội", "Hanoi"), review.date), subject: subject)
    }
}
