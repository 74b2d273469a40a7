namespace Bottega.Events.Features.Certificates;

/// <summary>What a certificate of attendance states: who, which event, which sessions (Rome date and hours), the total, the network.</summary>
internal sealed record AttendanceCertificateView(string PersonName, string EventTitle, string NetworkName, IReadOnlyList<AttendedSession> Sessions)
{
    public decimal TotalHours => Sessions.Sum(s => s.Hours);
}
