using Bottega.Learning.Domain;

namespace Bottega.Learning.Objects;

/// <summary>A kind the learner completes by saying so (a page read, a document read, a link followed).</summary>
internal abstract class AcknowledgedKind(LearningObjectKind kind, string label, string playerPartial) : ILearningObjectKind
{
    public LearningObjectKind Kind => kind;

    public string Label => label;

    public string PlayerPartial => playerPartial;

    public bool Accepts(ProgressSignal signal) => signal is ProgressSignal.Viewed or ProgressSignal.Acknowledged;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => signal == ProgressSignal.Acknowledged;
}

internal sealed class PageKind() : AcknowledgedKind(LearningObjectKind.Page, "Pagina", "Players/_Page");

internal sealed class DocumentKind() : AcknowledgedKind(LearningObjectKind.Document, "Documento", "Players/_Document");

internal sealed class ExternalLinkKind() : AcknowledgedKind(LearningObjectKind.ExternalLink, "Collegamento esterno", "Players/_Link");

internal sealed class VideoKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.Video;

    public string Label => "Video";

    public string PlayerPartial => "Players/_Video";

    public bool Accepts(ProgressSignal signal) => signal is ProgressSignal.Watched or ProgressSignal.Viewed;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal)
    {
        ArgumentNullException.ThrowIfNull(learningObject);
        ArgumentNullException.ThrowIfNull(progress);
        var threshold = Math.Clamp(ObjectContent.Read<VideoContent>(learningObject.Content).CompleteAtShare, 0.1, 1);
        return progress.Share >= threshold - 0.0001;
    }
}

/// <summary>Completed only by the quiz service when an attempt passes.</summary>
internal sealed class QuizKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.Quiz;

    public string Label => "Quiz";

    public string PlayerPartial => "Players/_Quiz";

    public bool Accepts(ProgressSignal signal) => signal == ProgressSignal.Viewed;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => false;
}

/// <summary>Completed only on attendance recorded by the events module.</summary>
internal sealed class LiveSessionKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.LiveSession;

    public string Label => "Sessione dal vivo";

    public string PlayerPartial => "Players/_LiveSession";

    public bool Accepts(ProgressSignal signal) => signal == ProgressSignal.Viewed;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => false;
}

/// <summary>The registered kinds, by kind.</summary>
public sealed class LearningObjectKinds(IEnumerable<ILearningObjectKind> kinds)
{
    private readonly Dictionary<LearningObjectKind, ILearningObjectKind> byKind = kinds.ToDictionary(k => k.Kind);

    public ILearningObjectKind this[LearningObjectKind kind] => byKind[kind];

    public IReadOnlyCollection<ILearningObjectKind> All => byKind.Values;
}
