using Bottega.Learning.Domain;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MyLearningFeature = Bottega.Learning.Features.MyLearning.MyLearning;

namespace Bottega.Learning.Api;

public sealed record ApiEnrolment(Guid CourseId, string Title, decimal Hours, EnrolmentStatus Status, int Percent, DateOnly? DueDate, DateTime? CompletedAt,
    bool Overdue, string? CertificateCode);

public sealed record ApiMyLearning(IReadOnlyList<ApiEnrolment> Enrolments, int Year, decimal HoursThisYear);

/// <summary>The signed-in person's own learning, across networks.</summary>
internal static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder group)
    {
        group.MapGet("/learning", GetAsync).WithName("api-me-learning").WithSummary("The signed-in person's enrolments and this year's hours");
        return group;
    }

    private static async Task<Results<Ok<ApiMyLearning>, UnauthorizedHttpResult>> GetAsync(MyLearningFeature myLearning, ICurrentUser user,
        CancellationToken cancellationToken)
    {
        if (user.Id is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        var view = await myLearning.GetAsync(userId, cancellationToken);
        var all = view.Assigned.Concat(view.InProgress).Concat(view.Pending).Concat(view.Completed)
            .Select(c => new ApiEnrolment(c.CourseId, c.Title, c.Hours, c.Status, c.Percent, c.DueDate, c.CompletedAt, c.Overdue, c.CertificateCode)).ToList();
        return TypedResults.Ok(new ApiMyLearning(all, view.Hours.Year, view.Hours.Hours));
    }
}
