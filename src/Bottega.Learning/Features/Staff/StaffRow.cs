namespace Bottega.Learning.Features.Staff;

public enum HoursStatus
{
    Reached = 1,
    OnTrack = 2,
    Behind = 3,
}

public enum StaffSort
{
    Name = 0,
    HoursAscending = 1,
    HoursDescending = 2,
}

/// <summary>One person of an organization's staff: this year's hours against the target and their courses in this network.</summary>
public sealed record StaffRow(Guid UserId, string Name, string Email, decimal Hours, int Target, int Percent, HoursStatus Status,
    int Assigned, int InProgress, int Completed, int Overdue);

/// <summary>Whose staff: the organization chosen (a referent's own; a network admin picks among the member organizations).</summary>
public sealed record StaffScope(Guid? OrganizationId, string? OrganizationName, IReadOnlyList<Organizations.Contracts.OrganizationInfo> Choices);

public sealed record StaffReport(int Year, int Target, IReadOnlyList<StaffRow> Rows);

/// <summary>A person of the staff in one course.</summary>
public sealed record StaffCourseRow(Guid UserId, string Name, Domain.EnrolmentStatus Status, int Percent, DateOnly? DueDate, DateTime? CompletedAt, bool Overdue);
