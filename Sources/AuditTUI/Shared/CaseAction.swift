import CFAGDomain

/// Judging one case: the actions the case panel and meeting mode share.
public enum CaseAction: Sendable {
  /// The overall grade key: saves at once when the case has a rationale, else asks for it.
  case grade(Grade)
  case saveGrade(Grade, rationale: String)
  case editRationale
  case saveRationale(String)
  case editTags
  case toggleTag(String)
  case editGoodPractice
  case saveGoodPractice(String)
  case editVoice
  case saveVoice(String)
  case escalate
  /// After an inadequate grade is saved: asks whether to escalate an immediate concern now.
  case offerEscalation
  case escalationDeclined
  case chooseOwner(String)
  case saveEscalation(owner: String, reason: String, lead: String)
  /// Lists the case's escalations to correct one, or raise another.
  case reviewEscalations
  /// Opens the correction form of one of the case's escalations.
  case correctEscalation(ActionID)
  case saveCorrection(ActionID, FormValues)
  /// Opens the grade picker for a domain (by id).
  case gradeDomain(String)
  case setDomain(String, DomainJudgement)
  /// Shows the theme's questions and guidance with the agencies' answers, for one domain or all.
  case guidance(String?)
}
