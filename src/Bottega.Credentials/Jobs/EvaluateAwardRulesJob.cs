using Bottega.Credentials.Awards;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bottega.Credentials.Jobs;

/// <summary>Evaluates every active award rule; one rule that fails is logged and does not stop the others.</summary>
internal sealed partial class EvaluateAwardRulesJob(AwardEvaluation evaluation, ILogger<EvaluateAwardRulesJob> logger) : IJob
{
    public const string Name = "credentials.evaluate-award-rules";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var (networkId, ruleId) in await evaluation.ActiveRulesAsync(cancellationToken))
        {
            try
            {
                var outcome = await evaluation.EvaluateAsync(networkId, ruleId, cancellationToken);
                LogEvaluated(ruleId, outcome.Organizations, outcome.NewAwards, outcome.Closed);
            }
#pragma warning disable CA1031 // A scheduled loop over independent rules: any failure of one is logged, the next is evaluated.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(exception, ruleId);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Award rule {RuleId} evaluated: {Organizations} organizations, {NewAwards} new awards, closed {Closed}")]
    private partial void LogEvaluated(Guid ruleId, int organizations, int newAwards, bool closed);

    [LoggerMessage(2, LogLevel.Error, "Award rule {RuleId} could not be evaluated")]
    private partial void LogFailed(Exception exception, Guid ruleId);
}
