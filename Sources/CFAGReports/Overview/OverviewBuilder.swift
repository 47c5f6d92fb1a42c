import CFAGDomain

extension OverviewReport {
  /// Builds the report from domain values. Pure: the same input gives the same report.
  public static func build(_ input: ReportInput) -> OverviewReport {
    let record = input.record
    let audit = record.audit
    let labels = record.caseLabels
    let included = record.includedCases
    let anonymiser = Anonymiser(record)
    let scrub = anonymiser.scrub
    let label = { (reference: CaseReference) in labels[reference] ?? Anonymiser.unlabelled }
    let assessed = included.compactMap { auditCase in
      record.assessment(for: auditCase.reference).map { (auditCase, $0) }
    }
    let actions = input.actions.filter { $0.source.auditID == audit.id }.sorted { $0.id < $1.id }
    let actionLine = { (action: TrackerAction) in
      ActionLine(
        id: action.id,
        text: input.options.redact && action.urgent ? Self.escalationLeftOut : scrub(action.text),
        owner: input.agencyName(action.owner), lead: action.lead,
        due: action.due, status: action.status, rag: action.rag(today: input.ragAsAt ?? input.today))
    }
    return OverviewReport(
      title: titleBlock(input),
      options: input.options,
      method: method(input, label: label, scrub: scrub),
      purpose: (input.section(.purpose) ?? audit.theme.description.nonEmpty).map(scrub),
      summary: input.section(.summary).map(scrub),
      conclusion: input.section(.conclusion).map(scrub),
      headline: input.options.redact
        ? record.distribution.redactedHeadline(subject: audit.theme.reportSubject)
        : record.distribution.headline(subject: audit.theme.reportSubject),
      distribution: record.distribution,
      grid: DomainGrid(
        domainIDs: audit.theme.domains.map(\.id), domains: audit.theme.domains.map(\.title),
        cases: included.map { label($0.reference) },
        cells: audit.theme.domains.map { domain in
          included.map { record.assessment(for: $0.reference)?.domainGrades[domain.id] }
        }),
      agreement: agreement(input, label: label),
      keyThemes: record.findingCounts.map { count in
        KeyTheme(
          tag: count.tag, cases: count.cases.map(label),
          narrative: input.section(.theme(count.tag)).map(scrub),
          sources: count.cases.compactMap { reference in
            record.assessment(for: reference).map {
              CaseNote(label: label(reference), text: scrub($0.rationale))
            }
          })
      },
      goodPractice: assessed.compactMap { note($1.goodPractice, label($0.reference), scrub) },
      voiceOfChild: assessed.compactMap { note($1.voiceOfChild, label($0.reference), scrub) },
      escalations: escalations(record, actions: actions, label: label, line: actionLine),
      recommendations: record.recommendations.map { recommendation in
        let tags = Set(recommendation.findings)
        return RecommendationTrace(
          id: recommendation.id, text: scrub(recommendation.text),
          findings: recommendation.findings.map(\.words),
          cases: assessed.filter { !tags.isDisjoint(with: $0.1.findings) }.map { label($0.0.reference) },
          actions: actions.filter {
            if case .recommendation(let id, _) = $0.source { return id == recommendation.id }
            return false
          }.map(\.id))
      },
      actionPlan: actions.map(actionLine),
      crossTabs: crossTabs(input, assessed: assessed),
      outlines: included.map { auditCase in
        CaseOutline(
          label: label(auditCase.reference), ageBand: auditCase.ageBand?.label ?? "not recorded",
          planType: auditCase.planType?.label ?? "not recorded",
          agencies: involvedAgencies(record, auditCase.reference).map(input.agencyName),
          grade: record.assessment(for: auditCase.reference)?.overall)
      },
      key: input.options.isInternal
        ? included.map { CaseNote(label: label($0.reference), text: $0.reference.value) } : [],
      amendments: input.amendments.map { Amendment(reason: scrub($0.reason), by: $0.by, at: $0.at) },
      control: input.settings.map {
        DocumentControl(settings: $0, issued: input.today, version: 1 + input.amendments.count)
      },
      ragAsAt: input.ragAsAt ?? input.today)
  }

  /// An urgent (escalation) action's text in a copy for wide circulation: it is about one child.
  static let escalationLeftOut = "An action on an escalated case (its detail is left out of this copy)"

  private static func titleBlock(_ input: ReportInput) -> TitleBlock {
    let audit = input.record.audit
    let status: String
    switch (audit.signOff, audit.openAmendment) {
    case (let signOff?, let amendment?):
      status =
        "Draft amendment: signed off by \(signOff.by) on \(signOff.on.long), amendment opened by "
        + "\(amendment.by) because \(amendment.reason)"
    case (let signOff?, nil): status = "Signed off by \(signOff.by) on \(signOff.on.long)"
    case (nil, _): status = "Draft, not signed off (stage: \(input.record.stage.label.lowercased()))"
    }
    return TitleBlock(
      auditID: audit.id, title: audit.title, themeID: audit.theme.id, themeTitle: audit.theme.title,
      meetingDate: audit.meetingDate,
      chair: audit.chair, panelAgencies: audit.panelAgencies.map(input.agencyName), status: status,
      isDraft: !(audit.signOff != nil && audit.openAmendment == nil),
      signOffHead: audit.signOff == nil ? nil : input.signOffHead)
  }

  private static func method(
    _ input: ReportInput, label: (CaseReference) -> String, scrub: (String) -> String
  ) -> Method {
    let record = input.record
    let sample = record.audit.sample
    return Method(
      criteria: sample?.criteria ?? record.audit.theme.criteria.map(\.description),
      poolSize: sample?.poolSize, seed: sample?.seed, stratifiedBy: sample?.stratifiedBy?.label,
      cases: record.includedCases.count,
      randomCases: record.includedCases.filter {
        if case .random = $0.selection { return true } else { return false }
      }.count,
      meetingHeld: record.audit.meetingDate <= input.today,
      manualAdditions: record.includedCases.compactMap { auditCase in
        guard case .manual(let reason) = auditCase.selection else { return nil }
        return CaseNote(label: label(auditCase.reference), text: scrub(reason))
      },
      reservesUsed: record.includedCases.compactMap { auditCase in
        guard case .reserve = auditCase.selection else { return nil }
        return label(auditCase.reference)
      },
      casesTakenOut: record.cases.compactMap { auditCase in
        switch auditCase.status {
        case .replaced(let reason): "A drawn case was replaced by a reserve: \(scrub(reason))"
        case .removed(let reason): "A case was taken out: \(scrub(reason))"
        case .included, .reserve: nil
        }
      },
      returns: AgencyReturns(record, name: input.agencyName))
  }

  private static func agreement(_ input: ReportInput, label: (CaseReference) -> String) -> AgreementSummary {
    let record = input.record
    let included = Set(record.includedCases.map(\.reference))
    var pairs: [(agency: String, label: String, own: Grade, panel: Grade)] = []
    for agencyReturn in record.returns
    where agencyReturn.involved && included.contains(agencyReturn.reference) {
      guard let own = agencyReturn.overallGrade, let panel = record.assessment(for: agencyReturn.reference)
      else { continue }
      pairs.append((input.agencyName(agencyReturn.agency), label(agencyReturn.reference), own, panel.overall))
    }
    let agencies = pairs.map(\.agency).uniquedInOrder
    return AgreementSummary(
      pooled: AgreementRow(name: "All agencies", pairs: pairs.map { ($0.own, $0.panel) }, pooled: true),
      agencies: agencies.map { agency in
        AgreementRow(name: agency, pairs: pairs.filter { $0.agency == agency }.map { ($0.own, $0.panel) })
      },
      differences: pairs.filter { $0.own != $0.panel }.map {
        .init(agency: $0.agency, label: $0.label, agencyGrade: $0.own, panelGrade: $0.panel)
      })
  }

  private static func escalations(
    _ record: AuditRecord, actions: [TrackerAction], label: (CaseReference) -> String,
    line: (TrackerAction) -> ActionLine
  ) -> [Escalation] {
    var references = record.includedCases.filter { record.assessment(for: $0.reference)?.escalated == true }
      .map(\.reference)
    for action in actions {
      if case .escalation(_, let reference) = action.source { references.append(reference) }
    }
    return references.uniquedInOrder.map { reference in
      Escalation(
        label: label(reference),
        actions: actions.filter {
          if case .escalation(_, let escalated) = $0.source { return escalated == reference }
          return false
        }.map(line))
    }
  }

  private static func crossTabs(
    _ input: ReportInput, assessed: [(AuditCase, PanelAssessment)]
  ) -> [CrossTab] {
    let redact = input.options.redact
    let byAge = assessed.map { ($0.0.ageBand?.label ?? "not recorded", $0.1.overall) }
    let byPlan = assessed.map { ($0.0.planType?.label ?? "not recorded", $0.1.overall) }
    let byAgency = assessed.flatMap { auditCase, assessment in
      involvedAgencies(input.record, auditCase.reference).map { (input.agencyName($0), assessment.overall) }
    }
    return [
      CrossTab.build(
        title: "Grade by age band", dimension: "Age band", entries: byAge,
        order: AgeBand.allCases.map(\.label) + ["not recorded"], redacted: redact),
      CrossTab.build(
        title: "Grade by plan type", dimension: "Plan type", entries: byPlan,
        order: PlanType.allCases.map(\.label) + ["not recorded"], redacted: redact),
      CrossTab.build(
        title: "Grade by agency involved", dimension: "Agency", entries: byAgency,
        order: byAgency.map(\.0).uniquedInOrder, redacted: redact),
    ].filter { !$0.rows.isEmpty }
  }

  /// The agencies that returned an audit saying they were involved, in the order of the returns.
  static func involvedAgencies(_ record: AuditRecord, _ reference: CaseReference) -> [String] {
    record.returns(for: reference).filter(\.involved).map(\.agency).uniquedInOrder
  }

  private static func note(_ text: String, _ label: String, _ scrub: (String) -> String) -> CaseNote? {
    let trimmed = text.trimmingWhitespace
    return trimmed.isEmpty ? nil : CaseNote(label: label, text: scrub(trimmed))
  }
}
