/*-------------------------------------------------------------------------
 *
 * dynahash.h
 *	  POSTGRES dynahash.h file definitions
 *
 *
 * Portions Copyright (c) 1996-2025, PostgreSQL Global Development Group
 * Portions Copyright (c) 1994, Regents of the University of California
 *
 * IDENTIFICATION
 *		src/include/utils/dynahash.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef DYNAHASH_H
#define DYNAHASH_H

extern int	my_log2(long num);

#endif							/* DYNAHASH_H */
