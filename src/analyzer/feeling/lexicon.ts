// A small hand-written emotion lexicon. Each word adds a category feature (e.g. "<fear>") so the
// model can generalise from frequent emotion words to rare ones and to support vocabulary.
// Words are lower-case normalized forms (see normalizeWord).

const RAW: Record<string, string> = {
  anger:
    'angry angrier angriest anger angered furious fury rage raging enraged livid outraged outrage outrageous ' +
    'mad pissed infuriated infuriating infuriates hate hated hates hating hatred despise despised loathe ' +
    'disgusting disgusted disgust disgusts appalled appalling revolting vile scam scammed scammers scammer ' +
    'fraudulent thieves thief stealing stole robbed liar liars lying lied unacceptable inexcusable ' +
    'incompetent incompetence clowns idiots idiot morons moron bastards bastard asshole assholes fuck fucking ' +
    'fucked wtf damn damned dammit goddamn bullshit crap shit shitty screw screwed',
  annoy:
    'annoyed annoying annoys annoyance irritated irritating irritates frustrated frustrating frustration ' +
    'frustrates ridiculous absurd ludicrous pathetic useless worthless joke stupid dumb terrible awful ' +
    'horrible horrendous atrocious worst sucks sucked suck garbage trash rubbish nonsense tired sick fed ' +
    'hassle headache nightmare fiasco mess messed broken fails failed failing failure failures glitch ' +
    'glitches buggy bugged lousy poor shoddy sloppy rude unprofessional unhelpful wasted waste wasting ' +
    'ignored ignoring ignore disrespectful hopeless overcharged',
  confusion:
    'confused confusing confusion confuses puzzled puzzling baffled baffling bewildered perplexed unclear ' +
    'clarify clarification clueless understand understanding huh hmm wondering wonder weird strange odd ' +
    'contradictory contradicts contradicting contradiction misunderstood misunderstand mean meaning meant',
  fear:
    'afraid scared scary scare scares scaring terrified terrifying terrify frightened frightening fear fears ' +
    'feared fearful worried worry worries worrying worrisome anxious anxiety nervous nervously panic ' +
    'panicking panicked dread dreading dreaded concerned concern concerning uneasy alarmed alarming ' +
    'horrified horrifying horror dangerous danger risky unsafe threat threatened stressed stress stressful ' +
    'desperate desperately helpless vulnerable overdraft overdrawn evicted eviction hacked compromised ' +
    'stolen unauthorized emergency urgent',
  sad:
    'sad sadly sadness saddened saddest unhappy upset upsetting disappointed disappointing disappointment ' +
    'disappoints letdown unfortunately unfortunate regret regrettable sorry heartbroken heartbreaking ' +
    'devastated devastating depressed depressing depression miserable misery cry crying cried tears ' +
    'lonely grief grieving mourning condolences loss lost miss missed missing hurt hurts hurting painful ' +
    'gutted shame pity bummed bummer sucks unfair expected hoped',
  joy:
    'thanks thank thankful thx ty grateful gratitude appreciate appreciated appreciation appreciative ' +
    'love loved lovely loving adore great awesome amazing wonderful fantastic excellent brilliant superb ' +
    'perfect perfectly outstanding incredible impressive impressed beautiful glad happy happier happiest ' +
    'delighted pleased joy enjoy enjoyed fun funny hilarious lol lmao haha hahaha cool nice sweet kind ' +
    'helpful best congrats congratulations proud relieved relief excited exciting yay hooray woohoo ' +
    'cheers bless blessed lifesaver resolved solved fixed smooth',
  impatient:
    'waiting waited wait still yet again asap urgently immediately hours days weeks months forever ' +
    'ages overdue delayed delay delays late later tomorrow today tonight deadline update updates',
};

let LEX: Map<string, string> | null = null;

/** word → category, built lazily once. */
export function lexicon(): Map<string, string> {
  if (LEX) return LEX;
  const m = new Map<string, string>();
  for (const [cat, words] of Object.entries(RAW)) {
    for (const w of words.split(/\s+/)) if (w && !m.has(w)) m.set(w, cat);
  }
  LEX = m;
  return m;
}
