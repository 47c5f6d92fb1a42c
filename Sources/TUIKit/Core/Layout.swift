/// How much space one part of a split takes.
public enum Constraint: Hashable, Sendable {
  /// Exactly this many cells (less if the area is too small).
  case fixed(Int)
  /// This percentage of the whole area.
  case percentage(Int)
  /// At least this many cells, growing like `.fill(1)` when space is left.
  case min(Int)
  /// A share of the space left after the others, by weight.
  case fill(Int)
}

/// The direction of a split.
public enum Axis: Sendable {
  case vertical, horizontal
}

extension Rect {
  /// Splits this rectangle into consecutive parts, top to bottom or left to right.
  ///
  /// Fixed, percentage and minimum sizes are served first, in order, until space runs out; what is
  /// left goes to `.fill` and `.min` parts by weight, the remainder to the last of them.
  public func split(_ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
    let total = axis == .vertical ? height : width
    var sizes = constraints.map { constraint -> Int in
      switch constraint {
      case .fixed(let n), .min(let n): Swift.max(0, n)
      case .percentage(let p): Swift.max(0, total * Swift.min(100, p) / 100)
      case .fill: 0
      }
    }
    var remaining = total
    for index in sizes.indices {
      sizes[index] = Swift.min(sizes[index], remaining)
      remaining -= sizes[index]
    }
    let weights = constraints.map { constraint -> Int in
      switch constraint {
      case .fill(let w): Swift.max(0, w)
      case .min: 1
      default: 0
      }
    }
    let weightSum = weights.reduce(0, +)
    if weightSum > 0, remaining > 0 {
      let spare = remaining
      for index in sizes.indices where weights[index] > 0 {
        let share = spare * weights[index] / weightSum
        sizes[index] += share
        remaining -= share
      }
      if let last = weights.lastIndex(where: { $0 > 0 }) { sizes[last] += remaining }
    }
    var offset = axis == .vertical ? y : x
    return sizes.map { length in
      defer { offset += length }
      return axis == .vertical
        ? Rect(x: x, y: offset, width: width, height: length)
        : Rect(x: offset, y: y, width: length, height: height)
    }
  }
}
