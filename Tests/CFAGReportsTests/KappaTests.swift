import CFAGDomain
import Testing

@testable import CFAGReports

struct KappaTests {
  /// The worked example in Cohen (1960) as taught: 50 files, 20 agreed "yes", 15 agreed "no",
  /// 5 and 10 disagreements. Observed agreement 0.70, chance 0.50, kappa 0.40.
  @Test func workedExampleGivesPointFour() throws {
    let pairs: [(Grade, Grade)] =
      Array(repeating: (.good, .good), count: 20) + Array(repeating: (.good, .inadequate), count: 5)
      + Array(repeating: (.inadequate, .good), count: 10)
      + Array(repeating: (.inadequate, .inadequate), count: 15)
    let kappa = try #require(CohensKappa.value(pairs))
    #expect(abs(kappa - 0.4) < 1e-12)
    let row = AgreementRow(name: "All agencies", pairs: pairs)
    #expect(row.rate == "35 of 50 (70%)")
    #expect(row.kappaText == "0.40")
  }

  /// Three categories: 30 pairs, observed 0.60, chance (10·12 + 10·9 + 10·9)/900 = 1/3,
  /// kappa = (0.6 − 1/3)/(2/3) = 0.40.
  @Test func threeCategoryExample() throws {
    var pairs: [(Grade, Grade)] = []
    pairs +=
      Array(repeating: (.good, .good), count: 7) + Array(repeating: (.good, .requiresImprovement), count: 3)
    pairs += Array(repeating: (.requiresImprovement, .good), count: 3)
    pairs += Array(repeating: (.requiresImprovement, .requiresImprovement), count: 5)
    pairs += Array(repeating: (.requiresImprovement, .inadequate), count: 2)
    pairs += Array(repeating: (.inadequate, .good), count: 2)
    pairs += Array(repeating: (.inadequate, .requiresImprovement), count: 2)
    pairs += Array(repeating: (.inadequate, .inadequate), count: 6)
    let kappa = try #require(CohensKappa.value(pairs))
    #expect(abs(kappa - 0.4) < 1e-12)
  }

  @Test func fewerThanTenPairsSaysWhy() {
    let row = AgreementRow(name: "Police", pairs: Array(repeating: (.good, .good), count: 4))
    #expect(row.kappa == .tooFewPairs)
    #expect(row.kappaText == "not shown: 4 pairs, fewer than the 10 needed")
  }

  @Test func oneCategoryOnlyIsUndefined() {
    let row = AgreementRow(name: "Police", pairs: Array(repeating: (.good, .good), count: 12))
    #expect(row.kappa == .undefined)
    #expect(row.rate == "12 of 12 (100%)")
  }

  @Test func negativeKappaKeepsItsSign() {
    #expect(AgreementRow.twoPlaces(-0.125) == "-0.13")
    #expect(AgreementRow.twoPlaces(0.05) == "0.05")
    #expect(AgreementRow.twoPlaces(1) == "1.00")
  }
}
