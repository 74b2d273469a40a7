namespace Bottega.Events.Features.Attendance;

/// <summary>
/// What an upload or a manual register did, for the page: an error when nothing was written (with the refused rows or
/// the accepted formats as details), otherwise the counts and the refused rows.
/// </summary>
public sealed record ImportSummary(string? Error, IReadOnlyList<string> Details, string? Format, int Rows, int Matched, int Unknown, int Malformed)
{
    public static ImportSummary Failed(string error, IReadOnlyList<string> details) => new(error, details, null, 0, 0, 0, 0);
}
