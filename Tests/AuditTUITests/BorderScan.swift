/// Finds text that runs over a box's border in a rendered screen: for every box (┌…┐ over │…│
/// down to └…┘), a row whose left border is whole but whose right border column holds something
/// else, where no other box covers that cell (an overlay drawn on top).
enum BorderScan {
  struct Box {
    var left: Int, right: Int, top: Int, bottom: Int

    /// Whether the box, or the hint bar an overlay may draw on the row under it, is over (x, y).
    func covers(_ x: Int, _ y: Int) -> Bool { (left...right).contains(x) && (top...(bottom + 1)).contains(y) }
  }

  /// Each crossing as "row N: the row's text".
  static func crossings(in screen: String) -> [String] {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    let boxes = findBoxes(rows)
    var found: [String] = []
    for (index, box) in boxes.enumerated() where box.bottom > box.top + 1 {
      for y in (box.top + 1)..<box.bottom {
        let row = rows[y]
        guard box.right < row.count, "│├".contains(row[box.left]), !"│┤".contains(row[box.right]) else {
          continue
        }
        let covered = boxes.indices.contains {
          $0 != index && boxes[$0].covers(box.right, y)
        }
        if !covered { found.append("row \(y): \(String(row))") }
      }
    }
    return found
  }

  private static func findBoxes(_ rows: [[Character]]) -> [Box] {
    var boxes: [Box] = []
    for (y, row) in rows.enumerated() {
      for (x, character) in row.enumerated() where character == "┌" {
        // The top edge runs unbroken to its corner; one crossed by another box's side is a box
        // partly hidden under an overlay, whose right side cannot be told.
        guard let right = row[(x + 1)...].firstIndex(of: "┐"),
          !row[(x + 1)..<right].contains(where: { "│┌┐┤├".contains($0) })
        else { continue }
        var bottom = y
        for below in (y + 1)..<rows.count {
          let line = rows[below]
          guard x < line.count else { break }
          if line[x] == "└", right < line.count, line[right] == "┘" {
            bottom = below
            break
          }
          guard "│├".contains(line[x]) else { break }
          bottom = below
        }
        boxes.append(Box(left: x, right: right, top: y, bottom: bottom))
      }
    }
    return boxes
  }
}
