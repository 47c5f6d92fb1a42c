import CFAGDomain
import Testing

@testable import CFAGThemes

@Suite struct ThemeParserTests {
  private func parse(_ text: String) -> ThemeParseResult {
    ThemeParser.parse(text, file: "sample.yaml")
  }

  private func error(_ result: ThemeParseResult, containing text: String) -> ThemeDiagnostic? {
    result.errors.first { $0.message.contains(text) }
  }

  @Test func readsAValidTheme() throws {
    let result = parse(Fixtures.sample)
    #expect(result.errors.isEmpty, "\(result.errors)")
    let theme = try #require(result.theme)
    #expect(theme.id == "sample")
    #expect(theme.version == 1)
    #expect(theme.reportSubject == "children in a sample")
    #expect(
      theme.criteria == [
        .oneOf(.planType, ["child-in-need", "child-protection"]), .oneOf(.ageBand, ["5-9"]),
        .startedWithinMonths(12),
      ])
    #expect(theme.gradeDescriptors[.requiresImprovement] == "Some gaps.")
    #expect(theme.domains.map(\.id) == ["recognition"])
    #expect(theme.questions.map(\.answerType) == [.yesPartlyNo, .text])
    #expect(theme.question("child-views")?.guidance == "The child's words are recorded.")
  }

  @Test func readsAYesNoQuestionWhoseChoicesIncludeNotApplicable() throws {
    let result = parse(Fixtures.sample(replacingLine: 20, with: "        answer: yes-no"))
    #expect(result.errors.isEmpty, "\(result.errors)")
    let question = try #require(result.theme?.question("referral-timely"))
    #expect(question.answerType == .yesNo)
    #expect(question.answerType.choices == "yes/no/n/a")
    #expect(
      try question.answer(parsing: "n/a: no referral was needed")
        == Answer(choice: .notApplicable, text: "no referral was needed"))
    #expect(
      throws: DomainError.invalid(
        field: "answer referral-timely", value: "partly", reason: "is not yes/no/n/a")
    ) {
      try question.answer(parsing: "partly: late")
    }
  }

  @Test func warnsAboutCountsOutsideTheGuidance() {
    let result = parse(Fixtures.sample)
    #expect(result.isValid)
    #expect(result.warnings.contains { $0.line == 15 && $0.message.contains("1 domain;") })
    #expect(result.warnings.contains { $0.line == 18 && $0.message.contains("2 questions") })
  }

  @Test func reportsATypoedKeyOnItsLineWithASuggestion() throws {
    let result = parse(Fixtures.sample(replacingLine: 12, with: "  requires_improvment: Some gaps."))
    #expect(result.theme == nil)
    let typo = try #require(error(result, containing: "unknown key 'requires_improvment'"))
    #expect((typo.line, typo.column) == (12, 3))
    #expect(typo.message.contains("did you mean 'requires_improvement'?"))
    #expect(typo.description.hasPrefix("sample.yaml:12:3: unknown key"))
    let missing = try #require(error(result, containing: "missing required field 'requires_improvement'"))
    #expect(missing.line == 11)
  }

  @Test func reportsATopLevelTypoAndTheMissingField() throws {
    let result = parse(Fixtures.sample(replacingLine: 2, with: "titel: Sample theme"))
    let typo = try #require(error(result, containing: "unknown key 'titel'"))
    #expect((typo.line, typo.column) == (2, 1))
    #expect(typo.message.contains("did you mean 'title'?"))
    let missing = try #require(error(result, containing: "missing required field 'title'"))
    #expect((missing.line, missing.column) == (1, 1))
  }

  @Test func reportsMissingFieldsInAQuestionAtTheQuestion() throws {
    let result = parse(Fixtures.sample(removingLines: 21...21))
    let missing = try #require(error(result, containing: "missing required field 'good_looks_like'"))
    #expect((missing.line, missing.column) == (18, 9))
    #expect(missing.message.contains("question 'referral-timely'"))
  }

  @Test func reportsDuplicateQuestionIds() throws {
    let result = parse(Fixtures.sample(replacingLine: 22, with: "      - id: referral-timely"))
    let duplicate = try #require(error(result, containing: "duplicate question id 'referral-timely'"))
    #expect((duplicate.line, duplicate.column) == (22, 13))
    #expect(duplicate.message.contains("first used on line 18"))
  }

  @Test func reportsDuplicateDomainIds() throws {
    let second = """
        - id: recognition
          title: Again
          questions:
            - id: other
              text: Another question?
              good_looks_like: Something.

      """
    let result = parse(Fixtures.sample + second)
    let duplicate = try #require(error(result, containing: "duplicate domain id 'recognition'"))
    #expect(duplicate.line == 26)
  }

  @Test func reportsBadCriteriaValues() throws {
    let text = Fixtures.sample(replacingLine: 7, with: "  plan_type: [child-in-need, CINN]")
      .replacingOccurrences(of: "  age_band: [5-9]", with: "  age_band: [5-9, teen]")
      .replacingOccurrences(of: "started_within_months: 12", with: "started_within_months: 0")
    let result = parse(text)
    let plan = try #require(error(result, containing: "unknown plan type 'CINN'"))
    #expect((plan.line, plan.column) == (7, 30))
    let band = try #require(error(result, containing: "unknown age band 'teen'"))
    #expect((band.line, band.column) == (8, 19))
    let months = try #require(error(result, containing: "'started_within_months' must be a positive"))
    #expect((months.line, months.column) == (9, 26))
  }

  @Test func reportsAnUnknownCriterion() throws {
    let result = parse(Fixtures.sample(replacingLine: 8, with: "  age_bands: [5-9]"))
    let unknown = try #require(error(result, containing: "unknown criterion 'age_bands'"))
    #expect((unknown.line, unknown.column) == (8, 3))
    #expect(unknown.message.contains("did you mean 'age_band'?"))
  }

  @Test func reportsWrongTypes() throws {
    let text = Fixtures.sample(replacingLine: 3, with: "version: one")
      .replacingOccurrences(of: "title: Recognition and referral", with: "title: [a, b]")
    let result = parse(text)
    let version = try #require(error(result, containing: "'version' must be a whole number, not 'one'"))
    #expect((version.line, version.column) == (3, 10))
    let title = try #require(error(result, containing: "'title' must be text, not a list"))
    #expect((title.line, title.column) == (16, 12))
  }

  @Test func reportsEmptyText() throws {
    let result = parse(Fixtures.sample(replacingLine: 19, with: "        text:"))
    let empty = try #require(error(result, containing: "'text' is empty"))
    #expect(empty.line == 19)
  }

  @Test func reportsAnUnknownGradeAndAnswerType() throws {
    let text = Fixtures.sample(replacingLine: 11, with: "  excellent: Good work.")
      .replacingOccurrences(of: "answer: text", with: "answer: essay")
    let result = parse(text)
    #expect(error(result, containing: "unknown key 'excellent' in 'grades'")?.line == 11)
    #expect(error(result, containing: "missing required field 'good'")?.line == 11)
    #expect(error(result, containing: "unknown answer type 'essay'")?.line == 24)
  }

  @Test func reportsAYAMLSyntaxErrorAtItsLine() throws {
    let result = parse(Fixtures.sample(replacingLine: 19, with: "        text: [Was the referral timely?"))
    #expect(result.theme == nil)
    let syntax = try #require(result.errors.first)
    #expect(syntax.message.hasPrefix("YAML syntax error"))
    #expect(syntax.line >= 19 && syntax.line <= 20)
  }

  @Test func reportsABadIndentAsASyntaxError() throws {
    let result = parse(Fixtures.sample(replacingLine: 13, with: " inadequate: Children left at risk."))
    let syntax = try #require(result.errors.first)
    #expect(syntax.message.hasPrefix("YAML syntax error"))
    #expect(syntax.line == 13)
  }

  @Test func reportsADuplicatedKey() throws {
    let result = parse(Fixtures.sample(replacingLine: 5, with: "title: Again"))
    let duplicate = try #require(result.errors.first)
    #expect(duplicate.message.contains("'title' appears twice"))
    #expect(duplicate.message.contains("first on line 2"))
    #expect((duplicate.line, duplicate.column) == (5, 1))
  }

  @Test func reportsANestedDuplicatedKeyAtItsSecondLine() throws {
    let result = parse(Fixtures.sample(replacingLine: 20, with: "        text: Again?"))
    let duplicate = try #require(result.errors.first)
    #expect((duplicate.line, duplicate.column) == (20, 9))
    #expect(duplicate.message.contains("first on line 19"))
  }

  @Test func reportsEveryErrorNotJustTheFirst() {
    let text = Fixtures.sample(replacingLine: 2, with: "titel: Sample theme")
      .replacingOccurrences(of: "version: 1", with: "version: -2")
      .replacingOccurrences(of: "[child-in-need, CP]", with: "[nonsense]")
      .replacingOccurrences(of: "id: child-views", with: "id: Child Views")
    let result = parse(text)
    #expect(result.errors.count >= 5, "\(result.errors)")
    #expect(result.errors.map(\.line) == result.errors.map(\.line).sorted())
  }

  @Test func rejectsDomainsWithoutQuestionsAndThemesWithoutDomains() {
    let noQuestions =
      Fixtures.sample.components(separatedBy: "\n").prefix(16).joined(separator: "\n")
      + "\n    questions: []\n"
    #expect(parse(noQuestions).errors.contains { $0.message.contains("needs at least one question") })
    let noDomains =
      Fixtures.sample.components(separatedBy: "\n").prefix(13).joined(separator: "\n")
      + "\ndomains: []\n"
    #expect(parse(noDomains).errors.contains { $0.message.contains("at least one domain") })
  }

  @Test func rejectsAnEmptyFileAndANonMapping() {
    #expect(parse("").errors.first?.message.contains("empty") == true)
    #expect(parse("# only a comment\n").errors.count == 1)
    #expect(parse("- a\n- b\n").errors.first?.message.contains("must be a set of") == true)
  }

  @Test func warnsWhenTheFileNameDiffersFromTheId() {
    let result = ThemeParser.parse(Fixtures.sample, file: "Themes/other.yaml")
    #expect(result.isValid)
    #expect(result.warnings.contains { $0.line == 1 && $0.message.contains("name the file sample.yaml") })
  }

  @Test func acceptsASingleValueWhereAListIsExpected() throws {
    let result = parse(Fixtures.sample(replacingLine: 7, with: "  plan_type: CIN"))
    #expect(try #require(result.theme).criteria.first == .oneOf(.planType, ["child-in-need"]))
  }
}
