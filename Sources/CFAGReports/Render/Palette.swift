import CFAGDomain

/// The colours the HTML and DOCX renderers use. Colour only reinforces: every coloured thing also
/// carries its meaning in words.
enum Palette {
  /// A strong colour, for bars.
  static func strong(_ grade: Grade) -> String {
    switch grade {
    case .good: "#00703c"
    case .requiresImprovement: "#b35c00"
    case .inadequate: "#b10e1e"
    }
  }

  /// A pale tint, for table cells with dark text.
  static func tint(_ grade: Grade) -> String {
    switch grade {
    case .good: "#cce2d8"
    case .requiresImprovement: "#fce4c4"
    case .inadequate: "#f6d0d0"
    }
  }

  static func tint(_ rag: RAG) -> String {
    switch rag {
    case .red: "#f6d0d0"
    case .amber: "#fce4c4"
    case .green: "#cce2d8"
    case .blue: "#d2e2f1"
    case .none: "#eeeeee"
    }
  }

  static func tint(_ tone: TableCell.Tone) -> String {
    switch tone {
    case .grade(let grade): tint(grade)
    case .rag(let rag): tint(rag)
    }
  }
}
