/**
 * Entry summaries (CBP Form 7501): the entry summary with its lines, tariff ordinals and fees as typed values that
 * refuse what is invalid, the named validation rules every summary passes, and the lifecycle the entry summary owns
 * from acceptance to liquidation and protest, with cargo release and holds, each move published as a past-tense event.
 */
@NullMarked
package org.openace.filing;

import org.jspecify.annotations.NullMarked;
