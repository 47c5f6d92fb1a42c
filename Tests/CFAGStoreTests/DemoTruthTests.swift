import CFAGDomain
import CFAGThemes
import Foundation
import Testing

@testable import CFAGStore

/// The demo is the first thing a newcomer sees: it must not contradict itself.
@Suite struct DemoTruthTests {
  /// The seven bundled themes, read from the repository's Themes folder.
  static let themes: [Theme] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Themes")
    let path = ThemeSearchPath(folders: [ThemeFolder(url: folder, source: .explicit)], installFolder: folder)
    return ThemeLibrary.load(path).themes.sorted { $0.id < $1.id }
  }()

  /// No panel meets at a weekend, on a bank holiday, or from Christmas Eve to New Year's Day.
  static func isMeetingDay(_ day: Day) -> Bool {
    day.weekday < 5 && !BankHolidays.contains(day) && !(day.month == 12 && day.day >= 24)
      && !(day.month == 1 && day.day == 1)
  }

  @Test(arguments: ["2026-12-27", "2026-05-25"])
  func tenYearsOfMeetingsFallOnWorkingDays(today: String) throws {
    #expect(Self.themes.count == 7)
    var random = DemoRandom(seed: 2019)
    let plans = DemoPlanner(themes: Self.themes, today: Day(iso: today)!, years: 10).plans(using: &random)
    #expect(plans.count > 190)
    for plan in plans {
      #expect(Self.isMeetingDay(plan.meeting), "\(plan.key) meets on \(plan.meeting)")
    }
    // Every audit past planning draws its cases from a demo case list, and the draw fits the theme.
    for plan in plans where plan.stage != .planning {
      let draw = try #require(plan.draw, "\(plan.key) has no draw")
      #expect(draw.selected.count == plan.cases.count)
      #expect(draw.selected.allSatisfy { plan.theme.admits($0, today: draw.day) })
      #expect(draw.export.count > draw.selected.count + draw.reserveCases.count)
      #expect(draw.day < plan.meeting)
    }
  }

  @Test func theCalendarSkipsChristmasWeekAndWeekends() {
    #expect(DemoCalendar.onOrAfter(Day(iso: "2026-12-24")!) == Day(iso: "2027-01-04")!)
    #expect(DemoCalendar.onOrBefore(Day(iso: "2026-12-28")!) == Day(iso: "2026-12-23")!)
    #expect(DemoCalendar.onOrAfter(Day(iso: "2026-03-02")!) == Day(iso: "2026-03-02")!)
  }

  @Test func aPlayedDemoTellsTheTruth() throws {
    let fixture = try StoreFixture(today: "2026-03-02", actor: "Demo")
    try DemoData.load(into: fixture.workbench, themes: Self.themes, years: 2, seed: 2019)
    let findingSentences = DemoPanelPhrases.findings.flatMap { [$0.sentence, $0.unborn].compactMap { $0 } }
    var drawn = 0
    var unbornCases = 0
    for summary in try fixture.workbench.auditSummaries() {
      let record = try fixture.workbench.record(summary.id)
      #expect(Self.isMeetingDay(record.audit.meetingDate))
      if summary.stage != .planning {
        // Drawn at random with a recorded seed, as a real audit is.
        let sample = try #require(record.audit.sample, "\(summary.title) was not drawn")
        let random = record.cases.filter {
          if case .random = $0.selection { return true }
          return false
        }
        #expect(random.count == sample.size)
        drawn += 1
      }
      let bands = Dictionary(uniqueKeysWithValues: record.cases.map { ($0.reference, $0.ageBand) })
      for assessment in record.assessments {
        let panelText = [assessment.rationale, assessment.goodPractice, assessment.voiceOfChild]
        if assessment.overall == .good {
          #expect(assessment.findings.isEmpty)
          #expect(!assessment.rationale.contains("not invited"))
          #expect(findingSentences.allSatisfy { !assessment.rationale.contains($0) })
        }
        if bands[assessment.reference] == .unborn {
          unbornCases += 1
          #expect(panelText.allSatisfy { !$0.contains("seen alone") && !$0.contains("Seen alone") })
          #expect(panelText.allSatisfy { !$0.contains("school") })
        } else {
          #expect(panelText.allSatisfy { !$0.contains("the baby") && !$0.contains("pregnancy") })
        }
      }
      // Children's Social Care leads every plan, so by the panel it has a return on every case.
      let panelReached = [Stage.panel, .reporting, .signedOff].contains(summary.stage)
      for reference in Set(record.returns.map(\.reference)) where panelReached {
        #expect(
          record.returns.contains {
            $0.reference == reference && $0.agency == DemoAgencies.childrensSocialCare && $0.involved
          })
      }
      let criticisms = DemoReturnPhrases.workDone.filter(\.critical).map(\.text)
      for agencyReturn in record.returns where agencyReturn.involved {
        if agencyReturn.overallGrade == .good {
          #expect(criticisms.allSatisfy { !agencyReturn.workDone.contains($0) })
        }
        guard bands[agencyReturn.reference] == .unborn else { continue }
        #expect(!DemoAgencies.schools.contains(agencyReturn.agency))
        let text = [
          agencyReturn.knownBecause, agencyReturn.workDone, agencyReturn.strengths, agencyReturn.gaps,
          agencyReturn.voiceOfChild,
        ]
        #expect(text.allSatisfy { !$0.contains("school") && !$0.contains("The child said") })
      }
    }
    #expect(drawn > 10)
    #expect(unbornCases > 0)
    // Evidence of impact and progress notes belong to the action they are written on.
    let scripts = DemoTrackerPhrases.responses.values.flatMap(\.actions)
    let actions = try fixture.workbench.actions()
    #expect(actions.count > 20)
    for action in actions {
      #expect(DemoCalendar.isOpen(action.created))
      #expect(action.progress.allSatisfy { DemoCalendar.isOpen($0.on) })
      guard case .recommendation = action.source else { continue }
      let script = try #require(scripts.first { $0.text == action.text })
      #expect(action.evidenceOfImpact.isEmpty || action.evidenceOfImpact == script.evidence)
      #expect(
        action.progress.allSatisfy {
          script.progress.contains($0.text) || DemoTrackerPhrases.delays.contains($0.text)
        })
    }
  }
}
