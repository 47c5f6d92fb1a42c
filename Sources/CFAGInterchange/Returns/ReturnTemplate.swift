import CFAGDomain

/// Fill-in return forms an agency completes with ordinary office tools.
///
/// CSV (opens in Excel): columns `audit, agency, case, item, question, guidance, answer`, one row
/// per case and item; the agency writes in the `answer` column only.
///
/// Markdown (any editor): `Audit:` and `Agency:` lines, then `## Case REF` per case and
/// `### Prompt [key]` per item; the answer is the text under the heading, below the `>` lines.
public enum ReturnTemplate {
  public static let csvColumns = ["audit", "agency", "case", "item", "question", "guidance", "answer"]

  public static func csv(_ form: ReturnForm) -> [UInt8] {
    var writer = CSVWriter()
    writer.write(csvColumns)
    let items = ReturnItem.all(for: form.theme)
    for reference in form.cases {
      for item in items {
        writer.write([
          form.auditID.rawValue, form.agency.name, reference.value, item.key, item.prompt(in: form.theme),
          item.guidance(in: form.theme), "",
        ])
      }
    }
    return writer.bytes
  }

  public static func markdown(_ form: ReturnForm) -> String {
    var lines = [
      "# Agency return: \(form.theme.title)", "",
      "Audit: \(form.auditID)",
      "Agency: \(form.agency.name)",
    ]
    if let due = form.due { lines.append("Return by: \(due.iso)") }
    lines += [
      "",
      "How to fill this in: write each answer under its heading, below the lines that start",
      "with \">\". Keep the headings (the lines starting with #) and the `Audit:` and `Agency:`",
      "lines as they are. For yes / partly / no questions, write the choice first, then a colon",
      "and your evidence, e.g. \"partly: the referral did not give the history\". If your agency",
      "was not involved with a child, write \"no\" under Involved and leave the rest of that case blank.",
    ]
    let items = ReturnItem.all(for: form.theme)
    for reference in form.cases {
      lines += ["", "---", "", "## Case \(reference.value)"]
      for item in items {
        lines += ["", "### \(item.prompt(in: form.theme)) [\(item.key)]"]
        let guidance = item.guidance(in: form.theme)
        if !guidance.isEmpty { lines.append("> \(guidance)") }
        lines.append("")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
