import CFAGDomain

/// The overview report of one audit: every figure and sentence the renderers print, worked out
/// once. Case references appear only in `key`, which is filled only for internal reports.
public struct OverviewReport: Hashable, Sendable {
  public var title: TitleBlock
  public var options: ReportOptions
  public var method: Method
  /// The business manager's sections; nil where unwritten. The purpose is the theme's description
  /// when none was written.
  public var purpose: String?
  public var summary: String?
  public var conclusion: String?
  public var headline: String
  public var distribution: GradeDistribution
  public var grid: DomainGrid
  public var agreement: AgreementSummary
  public var keyThemes: [KeyTheme]
  public var goodPractice: [CaseNote]
  public var voiceOfChild: [CaseNote]
  public var escalations: [Escalation]
  public var recommendations: [RecommendationTrace]
  public var actionPlan: [ActionLine]
  public var crossTabs: [CrossTab]
  public var outlines: [CaseOutline]
  /// Label → case reference: internal reports only.
  public var key: [CaseNote]
  public var amendments: [Amendment]
  /// Cover, issue date, version (1, then 2 after an amendment) and marking; nil on screen.
  public var control: DocumentControl?
  /// The day the action plan is rated on: the sign-off date of a signed-off audit, else today.
  public var ragAsAt: Day

  /// Whether the report is a draft: not signed off, or an amendment is open.
  public var isDraft: Bool { title.isDraft }

  public struct TitleBlock: Hashable, Sendable {
    public var auditID: AuditID
    public var title: String
    public var themeID: String
    public var themeTitle: String
    public var meetingDate: Day
    public var chair: String?
    public var panelAgencies: [String]
    public var status: String
    public var isDraft: Bool
    /// The change log's head hash when the audit was signed off, to check later with
    /// `cfag verify --head`.
    public var signOffHead: String? = nil
  }

  /// How the cases were chosen and who returned audits.
  public struct Method: Hashable, Sendable {
    public var criteria: [String]
    public var poolSize: Int?
    public var seed: UInt64?
    public var stratifiedBy: String?
    /// The cases audited, and how many of them were drawn at random (not reserves or added by hand).
    public var cases: Int
    public var randomCases: Int
    /// Whether the panel's meeting day has come.
    public var meetingHeld: Bool
    /// Included cases added by hand, with the reason.
    public var manualAdditions: [CaseNote]
    /// The labels of reserves brought in.
    public var reservesUsed: [String]
    /// Why drawn cases were replaced or removed.
    public var casesTakenOut: [String]
    /// Agencies that returned, were not involved, or never returned.
    public var returns: AgencyReturns
  }
}

/// A piece of text about one case, under its report label.
public struct CaseNote: Hashable, Sendable {
  public var label: String
  public var text: String

  public init(label: String, text: String) {
    self.label = label
    self.text = text
  }
}

/// An agency and a number of cases, with the sections it marked not applicable on some of them.
public struct AgencyCount: Hashable, Sendable {
  public var agency: String
  public var cases: Int
  /// Domain title and on how many of its cases the agency said the section did not apply.
  public var notApplicable: [(domain: String, cases: Int)] = []

  public static func == (a: Self, b: Self) -> Bool {
    a.agency == b.agency && a.cases == b.cases
      && a.notApplicable.map(\.domain) == b.notApplicable.map(\.domain)
      && a.notApplicable.map(\.cases) == b.notApplicable.map(\.cases)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(agency)
    hasher.combine(cases)
  }
}

/// Each domain's grade for each case, with the totals per domain.
public struct DomainGrid: Hashable, Sendable {
  public var domainIDs: [String]
  public var domains: [String]
  public var cases: [String]
  /// `cells[domain][case]`: nil where the panel gave no domain grade.
  public var cells: [[DomainJudgement?]]

  public func totals(domain index: Int) -> GradeDistribution {
    GradeDistribution(grades: cells[index].compactMap { $0?.grade }, cases: cases.count)
  }
}

/// A finding tag raised on several cases, with the business manager's paragraph and its sources.
public struct KeyTheme: Hashable, Sendable {
  public var tag: FindingTag
  public var cases: [String]
  public var narrative: String?
  /// The panel's rationales for the cases the tag came from.
  public var sources: [CaseNote]
}

/// A case escalated during the audit and the actions raised for it.
public struct Escalation: Hashable, Sendable {
  public var label: String
  public var actions: [ActionLine]
}

/// A recommendation with the findings and cases behind it.
public struct RecommendationTrace: Hashable, Sendable {
  public var id: RecommendationID
  public var text: String
  public var findings: [String]
  public var cases: [String]
  public var actions: [ActionID]
}

/// One row of the action plan.
public struct ActionLine: Hashable, Sendable {
  public var id: ActionID
  public var text: String
  public var owner: String
  public var lead: String
  public var due: Day
  public var status: ActionStatus
  public var rag: RAG
}

/// A case's outline for the appendix: nothing finer than these.
public struct CaseOutline: Hashable, Sendable {
  public var label: String
  public var ageBand: String
  public var planType: String
  public var agencies: [String]
  public var grade: Grade?
}
