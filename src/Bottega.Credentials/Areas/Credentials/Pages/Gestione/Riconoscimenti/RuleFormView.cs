using Bottega.Learning.Contracts;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Riconoscimenti;

public sealed record RuleFormView(RuleForm Form, IReadOnlyList<PathSummary> Paths);
