using Bottega.Learning.Domain;

namespace Bottega.Learning.Objects;

/// <summary>What a learner's browser may report about a learning object.</summary>
public enum ProgressSignal
{
    /// <summary>The object was opened (a page read, a link followed).</summary>
    Viewed = 1,

    /// <summary>The player reports the share of a video watched so far.</summary>
    Watched = 2,

    /// <summary>The learner confirms having read a document.</summary>
    Acknowledged = 3,
}

/// <summary>
/// One kind of learning object: how its content is read and written, which signals from the browser it accepts and
/// when they complete it. A new kind (SCORM, xAPI) is one more implementation registered in the module.
/// Completions that must not come from the browser (a quiz passed, a live session attended) are never accepted
/// as signals: the quiz and event services record them.
/// </summary>
public interface ILearningObjectKind
{
    LearningObjectKind Kind { get; }

    /// <summary>Italian label (the resource key).</summary>
    string Label { get; }

    /// <summary>The partial view that shows the object to a learner.</summary>
    string PlayerPartial { get; }

    bool Accepts(ProgressSignal signal);

    /// <summary>Whether the progress now completes the object.</summary>
    bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal);
}
