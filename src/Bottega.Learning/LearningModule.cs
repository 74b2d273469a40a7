using Bottega.Learning.Contracts;
using Bottega.Learning.Data;
using Bottega.Learning.Features.Catalogue;
using Bottega.Learning.Features.Enrolments;
using Bottega.Learning.Features.Frameworks;
using Bottega.Learning.Features.Ledger;
using Bottega.Learning.Features.Progress;
using Bottega.Learning.Objects;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Learning;

/// <summary>Competency frameworks, courses and learning objects, paths, catalogue, enrolment, progress, certificates and the training-hours ledger.</summary>
public static class LearningModule
{
    public static WebApplicationBuilder AddLearning(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorPages().AddApplicationPart(typeof(LearningModule).Assembly);
        services.AddBottegaDbContext<LearningDbContext>();
        services.AddOptions<LearningOptions>().BindConfiguration(LearningOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<ILearningObjectKind, PageKind>();
        services.AddSingleton<ILearningObjectKind, VideoKind>();
        services.AddSingleton<ILearningObjectKind, DocumentKind>();
        services.AddSingleton<ILearningObjectKind, QuizKind>();
        services.AddSingleton<ILearningObjectKind, ExternalLinkKind>();
        services.AddSingleton<ILearningObjectKind, LiveSessionKind>();
        services.AddSingleton<LearningObjectKinds>();

        services.AddScoped<CourseCompletion>();
        services.AddScoped<Platform.Outbox.IOutboxHandler, CourseCompletedDelivery>();
        services.AddFeature<ProgressRecorder>();
        services.AddFeature<Enrolments>();
        services.AddFeature<CourseCatalogue>();
        services.AddFeature<CourseDetails>();
        services.AddFeature<Features.MyLearning.MyLearning>();
        services.AddFeature<SyllabusSeeder>();
        services.AddFeature<Features.Player.ObjectPlayer>();
        services.AddFeature<Features.Quizzes.QuizService>();
        services.AddFeature<Features.Quizzes.QuestionBank>();
        services.AddFeature<Features.Assessments.PathRecommendations>();
        services.AddFeature<Features.Assessments.SelfAssessment>();
        services.AddFeature<Features.Assessments.SyllabusQuestionSeeder>();
        services.AddScoped<ITrainingHoursLedger, TrainingHoursLedger>();
        services.AddScoped<ILiveSessionObjects, LiveSessionObjects>();
        services.AddScoped<ILearningCatalogLookup, Features.Lookup.LearningCatalogLookup>();
        services.AddScoped<IPathCompletionStatistics, Features.Paths.PathCompletionStatistics>();
        services.AddFeature<Features.Certificates.Certificates>();
        services.AddFeature<HoursLedger>();
        services.AddFeature<ExternalTrainingDecisions>();
        services.AddFeature<Features.Staff.StaffTraining>();
        services.AddFeature<Features.Authoring.CourseSearchIndexer>();
        services.AddFeature<Features.Authoring.LearningFiles>();
        services.AddFeature<Features.Authoring.CourseAuthoring>();
        services.AddFeature<Features.Paths.LearningPaths>();
        services.AddFeature<Features.Frameworks.NetworkFrameworks>();
        services.AddFeature<Features.Reports.MemberProgress>();
        return builder;
    }

    /// <summary>The module's JSON endpoints under /api/v1 (catalogue, paths, my learning, members' progress).</summary>
    public static IEndpointRouteBuilder MapLearningApi(this IEndpointRouteBuilder endpoints)
    {
        Api.LearningApi.MapLearningApi(endpoints);
        return endpoints;
    }

    /// <summary>Reference data every install needs (the national Syllabus framework and its self-assessment questions); safe to run at every start.</summary>
    public static async Task EnsureReferenceDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<SyllabusSeeder>().EnsureAsync(cancellationToken);
        await services.GetRequiredService<Features.Assessments.SyllabusQuestionSeeder>().EnsureAsync(cancellationToken);
    }

    /// <summary>This module's tables, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => LearningModel.Apply(modelBuilder);
}
