using Bottega.Community.Domain;

namespace Bottega.Community.Features.Posts;

/// <summary>Whether a topic takes replies from the current person, and if not, why.</summary>
internal static class ReplyRules
{
    public static PostingResult? Refusal(TopicPlace place)
    {
        var topic = place.Topic;
        if (topic.MergedIntoId is not null)
        {
            return PostingResult.Refuse("Questa discussione è stata unita a un'altra: rispondi lì.");
        }

        if (topic.Visibility is Visibility.Hidden or Visibility.Deleted && !place.Rights.CanModerate)
        {
            return PostingResult.Refuse("Questa discussione non accetta risposte.");
        }

        if (topic.IsLocked && !place.Rights.CanModerate)
        {
            return PostingResult.Refuse("La discussione è chiusa: non si possono aggiungere risposte.");
        }

        return place.Rights.CanPost ? null : PostingResult.Refuse("Non puoi rispondere in questo spazio.");
    }
}
