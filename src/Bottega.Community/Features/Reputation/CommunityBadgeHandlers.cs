using Bottega.Community.Features.Events;
using Bottega.Platform.Outbox;

namespace Bottega.Community.Features.Reputation;

/// <summary>A published question may earn "Prima domanda", a published answer "Prima risposta" or "Collega prezioso".</summary>
internal sealed class PostPublishedBadges(CommunityBadgeAwards awards) : IOutboxHandler
{
    public string Type => PostPublished.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var published = CommunityOutbox.Read<PostPublished>(payload);
        if (!published.IsQuestion)
        {
            return;
        }

        if (published.Number == 1)
        {
            await awards.AfterQuestionAsync(published.NetworkId, published.AuthorId, cancellationToken);
        }
        else
        {
            await awards.AfterAnswerAsync(published.NetworkId, published.AuthorId, cancellationToken);
        }
    }
}

/// <summary>An accepted answer may earn its author "Collega prezioso".</summary>
internal sealed class AnswerAcceptedBadges(CommunityBadgeAwards awards) : IOutboxHandler
{
    public string Type => AnswerAccepted.OutboxType;

    public Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var accepted = CommunityOutbox.Read<AnswerAccepted>(payload);
        return awards.AfterAnswerAsync(accepted.NetworkId, accepted.AnswerAuthorId, cancellationToken);
    }
}
