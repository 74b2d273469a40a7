using Bottega.Community.Features.Moderation;
using Bottega.Platform.Localization;

namespace Bottega.Community.Features.Posts;

/// <summary>The posting gate's refusals as messages for the author.</summary>
internal static class GateMessages
{
    public static PostingResult? Refusal(GateDecision decision) => decision.Outcome switch
    {
        GateOutcome.Banned => PostingResult.Refuse("Non puoi pubblicare: sei sospeso dalla comunità fino al {0:g}.", RomeTime.Of(decision.Until!.Value)),
        GateOutcome.TooFast => PostingResult.Refuse("Stai pubblicando troppi messaggi in poco tempo: riprova tra qualche minuto."),
        _ => null,
    };
}
