// Word lists shared by several rules. Long lists are Sets (text/wordset), not regex alternations:
// V8 compiles big case-insensitive alternations slowly, and the first review must be fast.
import { wordSet } from '../text/wordset';

/** Base-form verbs of instructions ("click", "log in"): used by next-step and dismissive. */
export const INSTRUCTION_VERBS = wordSet(
  (
    'click|tap|go|open|select|choose|enter|type|reply|respond|send|forward|try|restart|reboot|reinstall|install|uninstall|' +
    'update|upgrade|download|log in|log out|log back in|log into|sign in|sign out|sign up|sign into|visit|navigate|head|use|' +
    'check|follow|confirm|verify|provide|share|attach|upload|call|text|email|e-mail|reset|clear|change|turn|switch|toggle|' +
    'enable|disable|plug|unplug|wait|look for|look at|look in|look under|scroll|press|hold down|copy|paste|fill in|fill out|' +
    'complete|submit|return|print|drop off|bring|keep an eye|keep|make sure|ensure|double-check|reach out to|hit|tick|' +
    'untick|uncheck|add|remove|delete|cancel|accept|approve|review|read|find|set|set up|save|refresh|reload|re-enter|reenter|' +
    'retry|re-try|reconnect|re-connect|connect|disconnect|pair|charge|power off|power on|power cycle|take a look|' +
    'take a photo|take a screenshot|take a picture|track|view|access|contact your|contact the|empty|unsubscribe|reopen|' +
    're-open|re-start|sync|resync|re-sync|link|unlink|authorize|authorise|grant|allow|block|unblock|search|google|tell|' +
    'describe|explain|clarify|show|give|remind|ignore|disregard|note down|jot down|launch|quit|close|unlock|lock|rename|move|drag|' +
    'drop|hover|swipe|type in|paste in|log on|sign on|check out|go to|head to|head over|open up|restart your|reboot your'
  ).split('|'),
);

/** Past participles of support actions ("refunded", "escalated"). */
export const DONE_VERBS = wordSet(
  (
    'refunded|reset|sent|resent|re-sent|issued|reissued|re-issued|processed|escalated|updated|fixed|resolved|credited|' +
    'canceled|cancelled|changed|added|removed|restored|reactivated|activated|deactivated|unlocked|applied|arranged|booked|' +
    'rebooked|re-booked|scheduled|created|opened|raised|logged|forwarded|passed|reversed|replaced|shipped|dispatched|' +
    'upgraded|downgraded|extended|corrected|enabled|disabled|confirmed|approved|waived|adjusted|moved|merged|released|' +
    'verified|contacted|flagged|submitted|filed|placed|attached|renewed|requested|refreshed|cleared|deleted|migrated|' +
    'transferred|repaired|investigated|located|found|traced|tracked|organized|organised|expedited|set up|put through|' +
    'gone ahead|went ahead|looked into|checked|spoken to|spoken with|reached out|asked|made sure|sorted|granted|given|paid|' +
    'assigned|prioritized|prioritised|recovered|rebuilt|deployed|patched|re-enabled|reenabled|reconnected|re-connected|' +
    'unblocked|completed|finished|handled|taken care|amended|switched|converted|swapped|sent over|rolled back|reverted|' +
    'reprocessed|refilled|topped up|covered|matched|honored|honoured|reinstated|generated|emailed|mailed|posted|packed|' +
    'chased|signed out|logged out|blocked|frozen|unfrozen|stopped|paused|held|reserved|rescheduled|re-scheduled|reviewed|' +
    'notified|informed|alerted|reimbursed|compensated|suspended|secured|called|phoned|rung|marked|noted|recorded|restarted|' +
    'rebooted|printed|collected|installed|reinstalled|configured|cleaned|tested|audited|inspected|diagnosed'
  ).split('|'),
);

export const WEEKDAYS = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
export const NUMBER_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|twenty-four|forty-eight|seventy-two|a few|a couple of|a couple|few|several)';
