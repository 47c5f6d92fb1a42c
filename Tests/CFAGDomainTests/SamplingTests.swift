import CFAGDomain
import Testing

/// Candidates `MC-1001` ... in the given plan types.
func samplingPool(_ count: Int, plan: PlanType = .childInNeed, from first: Int = 1001) -> [CandidateCase] {
  (0..<count).map { CandidateCase(reference: CaseReference(trusted: "MC-\(first + $0)"), planType: plan) }
}

struct SplitMix64Tests {
  @Test func matchesTheReferenceImplementation() {
    // Published outputs of SplitMix64 (Vigna's splitmix64.c) for seed 0.
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
  }

  @Test func boundedValuesStayInRange() {
    var generator = SplitMix64(seed: 7)
    for bound in [1, 2, 3, 10, 1000, Int(Int32.max)] {
      for _ in 0..<50 { #expect((0..<bound).contains(generator.next(below: bound))) }
    }
  }
}

struct SampleDrawTests {
  @Test func theSameSeedDrawsTheSameCasesWhateverTheInputOrder() throws {
    let pool = samplingPool(40)
    let first = try SampleDraw.draw(pool: pool, size: 6, reserves: 2, seed: 2026)
    let again = try SampleDraw.draw(pool: pool.reversed(), size: 6, reserves: 2, seed: 2026)
    #expect(first == again)
    #expect(first.selected.count == 6 && first.reserves.count == 2)
    #expect(Set(first.selected.map(\.reference) + first.reserves.map(\.reference)).count == 8)
    let other = try SampleDraw.draw(pool: pool, size: 6, reserves: 2, seed: 2027)
    #expect(other.selected != first.selected)
  }

  @Test func matchesTheWorkedExampleInDocsSampling() throws {
    // docs/sampling.md: MC-1001 ... MC-1010, seed 42, 3 cases and 2 reserves.
    let result = try SampleDraw.draw(pool: samplingPool(10), size: 3, reserves: 2, seed: 42)
    #expect(result.selected.map(\.reference.value) == ["MC-1004", "MC-1003", "MC-1005"])
    #expect(result.reserves.map(\.reference.value) == ["MC-1006", "MC-1009"])
    var generator = SplitMix64(seed: 42)
    #expect(generator.next() == 13_679_457_532_755_275_413)
  }

  @Test func everyCandidateIsEquallyLikelyOverManySeeds() throws {
    // Chi-square goodness of fit over seeds 1...3000: 3 of 10 drawn each time, so each
    // candidate is expected 900 times. 9 degrees of freedom: 27.88 is the 0.1% critical value.
    let pool = samplingPool(10)
    var counts: [String: Int] = [:]
    var firstPicks: [String: Int] = [:]
    for seed in UInt64(1)...3000 {
      let result = try SampleDraw.draw(pool: pool, size: 3, reserves: 0, seed: seed)
      for candidate in result.selected { counts[candidate.reference.value, default: 0] += 1 }
      firstPicks[result.selected[0].reference.value, default: 0] += 1
    }
    func chiSquare(_ observed: [String: Int], expected: Double) -> Double {
      pool.map { Double(observed[$0.reference.value] ?? 0) }.reduce(0) {
        $0 + ($1 - expected) * ($1 - expected) / expected
      }
    }
    #expect(chiSquare(counts, expected: 900) < 27.88)
    #expect(chiSquare(firstPicks, expected: 300) < 27.88)
  }

  @Test func aPoolSmallerThanTheSampleIsRefused() {
    #expect(throws: DomainError.self) {
      try SampleDraw.draw(pool: samplingPool(4), size: 6, reserves: 0, seed: 1)
    }
    #expect(throws: DomainError.self) {
      try SampleDraw.draw(pool: samplingPool(4), size: 0, reserves: 0, seed: 1)
    }
  }

  @Test func reservesStopWhenThePoolRunsOut() throws {
    let result = try SampleDraw.draw(pool: samplingPool(7), size: 6, reserves: 3, seed: 9)
    #expect(result.selected.count == 6 && result.reserves.count == 1)
  }

  @Test func aStratifiedDrawFollowsTheQuotas() throws {
    let pool =
      samplingPool(60, plan: .childInNeed, from: 1000) + samplingPool(30, plan: .childProtection, from: 2000)
      + samplingPool(10, plan: .lookedAfter, from: 3000)
    for seed in UInt64(1)...20 {
      let result = try SampleDraw.draw(pool: pool, size: 10, reserves: 2, seed: seed, stratifiedBy: .planType)
      let plans = result.selected.map(\.planType)
      #expect(plans.filter { $0 == .childInNeed }.count == 6)
      #expect(plans.filter { $0 == .childProtection }.count == 3)
      #expect(plans.filter { $0 == .lookedAfter }.count == 1)
      #expect(result.reserves.count == 2)
    }
  }
}

struct StratificationTests {
  @Test func largestRemaindersShareTheSeatsLeftOver() {
    #expect(Stratification.apportion(counts: [60, 30, 10], size: 10) == [6, 3, 1])
    // Shares 1.5, 0.9 and 0.6: one seat each by whole parts and largest remainders.
    #expect(Stratification.apportion(counts: [5, 3, 2], size: 3) == [1, 1, 1])
    // Shares 4.2, 1.4 and 0.4: remainders 0.2, 0.4, 0.4; the tie goes to the earlier stratum.
    #expect(Stratification.apportion(counts: [21, 7, 2], size: 6) == [4, 2, 0])
    // Equal remainders: the stratum that sorts first wins.
    #expect(Stratification.apportion(counts: [1, 1, 1], size: 2) == [1, 1, 0])
    #expect(Stratification.apportion(counts: [3], size: 3) == [3])
  }

  @Test func blankValuesFormTheirOwnStratum() {
    let pool = [
      CandidateCase(reference: CaseReference(trusted: "A1"), planType: .none, team: "North"),
      CandidateCase(reference: CaseReference(trusted: "A2"), planType: .none),
    ]
    let strata = Stratification.quotas(pool: pool, field: .team, size: 2)
    #expect(strata.map(\.value) == ["(blank)", "North"])
    #expect(strata.map(\.quota) == [1, 1])
  }

  @Test func fieldsAreNamedLoosely() throws {
    #expect(try CandidateField(naming: "Plan Type") == .planType)
    #expect(try CandidateField(naming: "age-band") == .ageBand)
    #expect(throws: DomainError.self) { try CandidateField(naming: "ethnicity") }
  }
}
